using Assistant.Bot.Generation;

namespace Assistant.Bot.Tests.Support;

/// <summary>A model stand-in that returns a fixed answer (or null) and remembers what it was given.</summary>
public sealed class FakeGenerator(GeneratedAnswer? answer, bool enabled = true) : IAnswerGenerator
{
    public bool IsEnabled => enabled;

    public List<GenerationRequest> Requests { get; } = [];

    public Task<GeneratedAnswer?> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(answer);
    }
}

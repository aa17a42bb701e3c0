using Assistant.Bot.Generation;

namespace Assistant.Bot.Answering;

/// <summary>The generator when no model is configured: always extractive.</summary>
internal sealed class DisabledAnswerGenerator : IAnswerGenerator
{
    public bool IsEnabled => false;

    public Task<GeneratedAnswer?> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<GeneratedAnswer?>(null);
}

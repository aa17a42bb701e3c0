using Assistant.Bot.Generation;

namespace Assistant.Bot.Tests.Support;

/// <summary>A stand-in expander that returns a fixed expansion or throws, and remembers the questions it was given.</summary>
public sealed class FakeExpander(string? expansion, Exception? failure = null, bool enabled = true) : IQuestionExpander
{
    public bool IsEnabled => enabled;

    public List<string> Questions { get; } = [];

    public Task<string?> ExpandAsync(string question, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        return failure is null ? Task.FromResult(expansion) : Task.FromException<string?>(failure);
    }
}

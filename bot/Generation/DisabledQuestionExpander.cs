namespace Assistant.Bot.Generation;

/// <summary>No model configured, or expansion turned off: never expands, so the question is searched as typed.</summary>
public sealed class DisabledQuestionExpander : IQuestionExpander
{
    public bool IsEnabled => false;

    public Task<string?> ExpandAsync(string question, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}

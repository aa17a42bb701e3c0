namespace Assistant.Bot.Generation;

/// <summary>
/// Asks the model, before the search, for the legal terms the articles answering a question would use, when one is
/// configured: workers ask in everyday words, statutes are written in their own.
/// </summary>
public interface IQuestionExpander
{
    /// <summary>True when a model is configured and expansion is on.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// The terms joined with "；", for <see cref="Assistant.Knowledge.Search.SearchRequest.Expansion"/>; null when the
    /// model is off, fails, answers nothing usable or takes longer than its small budget: the caller then searches the
    /// question as typed. Personal numbers are masked before anything is sent.
    /// </summary>
    Task<string?> ExpandAsync(string question, CancellationToken cancellationToken);
}

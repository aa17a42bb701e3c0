namespace Assistant.Bot.Generation;

/// <summary>Writes a short neutral summary of what an employee asked before asking for a person, when a model is configured.</summary>
public interface ICaseSummarizer
{
    /// <summary>
    /// The summary, or null when the model is off, fails, answers empty or takes longer than its small budget: the
    /// caller then keeps the extractive summary. Personal numbers are masked before anything is sent.
    /// </summary>
    Task<string?> SummarizeAsync(CaseSummaryRequest request, CancellationToken cancellationToken);
}

/// <summary>What the model is given for a case summary: the questions and why the case opened; no names, no ids.</summary>
/// <param name="Questions">The employee's recent questions, oldest first.</param>
/// <param name="Reason">Why the case opened (<c>Requested</c>, <c>Sensitive</c>…).</param>
/// <param name="Language"><c>zh</c> or <c>en</c>: the language to write in.</param>
public sealed record CaseSummaryRequest(IReadOnlyList<string> Questions, string Reason, string Language);

/// <summary>No model configured: never summarizes.</summary>
public sealed class DisabledCaseSummarizer : ICaseSummarizer
{
    public Task<string?> SummarizeAsync(CaseSummaryRequest request, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}

namespace Assistant.Bot.Handoff.Cases;

/// <summary>How an officer's or employee's action on a case turned out.</summary>
public enum CaseOutcome
{
    Done,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}

/// <summary>An action's outcome and the case as it stands after it.</summary>
public sealed record CaseResult(CaseOutcome Outcome, HandoffCase? Case = null, string? Problem = null)
{
    public static CaseResult NotFound { get; } = new(CaseOutcome.NotFound);
    public static CaseResult Forbidden { get; } = new(CaseOutcome.Forbidden);

    public static CaseResult Conflict(HandoffCase current, string problem) => new(CaseOutcome.Conflict, current, problem);

    public static CaseResult Invalid(string problem) => new(CaseOutcome.Invalid, null, problem);
}

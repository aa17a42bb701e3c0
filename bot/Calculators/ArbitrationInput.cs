namespace Assistant.Bot.Calculators;

/// <summary>What the last day to apply for labour arbitration needs.</summary>
public sealed record ArbitrationInput
{
    /// <summary>General or unpaid remuneration.</summary>
    public DisputeKind Dispute { get; init; } = DisputeKind.General;

    /// <summary>The day the worker knew or should have known the right was infringed (dismissed, not paid …).</summary>
    public DateOnly? KnewOn { get; init; }

    /// <summary>The last day of the employment, when it has ended.</summary>
    public DateOnly? EmploymentEndedOn { get; init; }

    /// <summary>The latest day the limit was interrupted (a demand to the employer, a complaint, the employer agreeing to pay): it runs again from then.</summary>
    public DateOnly? InterruptedOn { get; init; }
}

namespace Assistant.Bot.Calculators;

/// <summary>What the probation limits need.</summary>
public sealed record ProbationInput
{
    /// <summary>Fixed term, open-ended or task-based.</summary>
    public ContractType Contract { get; init; } = ContractType.FixedTerm;

    /// <summary>The fixed term, in months.</summary>
    public int? TermMonths { get; init; }

    /// <summary>The wage the contract agrees for after probation.</summary>
    public decimal? AgreedMonthlyWage { get; init; }

    /// <summary>The lowest grade of wage for the same post in this company, when known.</summary>
    public decimal? LowestGradeWage { get; init; }
}

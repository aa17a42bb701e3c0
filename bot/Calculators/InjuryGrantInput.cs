namespace Assistant.Bot.Calculators;

/// <summary>What the one-off disability grant of a work injury needs.</summary>
public sealed record InjuryGrantInput
{
    /// <summary>The disability grade, 1 (most severe) to 10.</summary>
    public int? Grade { get; init; }

    /// <summary>本人工资: the average monthly contribution wage of the 12 months before the injury (工伤保险条例第六十四条).</summary>
    public decimal? MonthlyWage { get; init; }
}

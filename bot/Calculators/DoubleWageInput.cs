namespace Assistant.Bot.Calculators;

/// <summary>What the double wage for working without a written contract needs (劳动合同法第八十二条).</summary>
public sealed record DoubleWageInput
{
    /// <summary>The first day of work (用工之日).</summary>
    public DateOnly? FirstWorkDay { get; init; }

    /// <summary>The day the written contract was signed; null when it never was.</summary>
    public DateOnly? SignedOn { get; init; }

    /// <summary>The last day to count when no contract was signed: the day the work ended, or today.</summary>
    public DateOnly? LastDayCounted { get; init; }

    /// <summary>The monthly wage for those months.</summary>
    public decimal? MonthlyWage { get; init; }
}

namespace Assistant.Bot.Calculators;

/// <summary>
/// What N, N+1 and 2N need. The service is given by its first and last day (needed to split at 2008-01-01) or by its
/// length; the wage by the last (up to) 12 months' wages or by their average.
/// </summary>
public sealed record SeveranceInput
{
    /// <summary>N, N+1 or 2N.</summary>
    public SeveranceKind Kind { get; init; } = SeveranceKind.Compensation;

    /// <summary>How the employment ended.</summary>
    public EndingReason Ending { get; init; } = EndingReason.Unknown;

    /// <summary>The first day of work (用工之日) in this company.</summary>
    public DateOnly? FirstWorkDay { get; init; }

    /// <summary>The last day of the employment (the day it ended).</summary>
    public DateOnly? LastWorkDay { get; init; }

    /// <summary>The length of service, when the dates are not known.</summary>
    public ServiceLength? Service { get; init; }

    /// <summary>The average monthly wage over the 12 months before the ending (or the months worked), before tax.</summary>
    public decimal? AverageMonthlyWage { get; init; }

    /// <summary>The monthly wages of the last 12 months (or of the months worked), instead of their average.</summary>
    public IReadOnlyList<decimal>? MonthlyWages { get; init; }

    /// <summary>The last month's wage: the extra month of N+1 (实施条例第二十条).</summary>
    public decimal? LastMonthWage { get; init; }
}

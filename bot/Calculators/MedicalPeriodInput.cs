namespace Assistant.Bot.Calculators;

/// <summary>What the medical period (医疗期) needs.</summary>
public sealed record MedicalPeriodInput
{
    /// <summary>实际参加工作年限: years worked in total.</summary>
    public decimal? TotalWorkYears { get; init; }

    /// <summary>在本单位工作年限: years in this company.</summary>
    public decimal? CompanyYears { get; init; }

    /// <summary>The first day of sick leave, to date the window the period is counted in.</summary>
    public DateOnly? SickLeaveStart { get; init; }
}

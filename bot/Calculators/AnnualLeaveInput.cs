namespace Assistant.Bot.Calculators;

/// <summary>What paid annual leave needs. The leave year is the calendar year (实施办法第十八条).</summary>
public sealed record AnnualLeaveInput
{
    /// <summary>累计工作年限: years worked in total, with every employer (实施办法第四条).</summary>
    public decimal? CumulativeYears { get; init; }

    /// <summary>The leave year; empty: the year of <see cref="LeftOn"/> or <see cref="JoinedOn"/>.</summary>
    public int? Year { get; init; }

    /// <summary>The first day in this company, when it falls in the leave year (实施办法第五条).</summary>
    public DateOnly? JoinedOn { get; init; }

    /// <summary>The last day of the employment, when it ends in the leave year (实施办法第十二条).</summary>
    public DateOnly? LeftOn { get; init; }

    /// <summary>Annual leave days already taken this year.</summary>
    public decimal DaysTaken { get; init; }

    /// <summary>The monthly wage for unused days: the last 12 months' average without overtime pay (实施办法第十一条).</summary>
    public decimal? MonthlyWage { get; init; }

    /// <summary>Sick leave taken this year, in months (条例第四条第三至五项).</summary>
    public decimal SickLeaveMonths { get; init; }

    /// <summary>Personal leave this year for which the wage was not deducted, in days (条例第四条第二项).</summary>
    public decimal PaidPersonalLeaveDays { get; init; }

    /// <summary>Winter and summer vacation days this year (条例第四条第一项).</summary>
    public decimal VacationDays { get; init; }
}

namespace Assistant.Bot.Calculators;

/// <summary>What overtime pay needs: the wage it is based on, the system, and the hours.</summary>
public sealed record OvertimeInput
{
    /// <summary>The monthly wage overtime is paid on (the contract's normal wage, before tax).</summary>
    public decimal? MonthlyWage { get; init; }

    /// <summary>标准工时, 综合计算工时 or 不定时.</summary>
    public WorkingTimeSystem System { get; init; } = WorkingTimeSystem.Standard;

    /// <summary>Standard hours: hours beyond 8 a day on working days (150 %).</summary>
    public decimal WeekdayOvertimeHours { get; init; }

    /// <summary>Standard hours: hours on rest days not made up with time off (200 %).</summary>
    public decimal RestDayHours { get; init; }

    /// <summary>Hours on statutory holidays (300 %).</summary>
    public decimal HolidayHours { get; init; }

    /// <summary>Comprehensive hours: the period they are counted over.</summary>
    public ComprehensivePeriod Period { get; init; } = ComprehensivePeriod.Month;

    /// <summary>Comprehensive hours: hours worked in the period, statutory-holiday hours not included.</summary>
    public decimal? HoursWorked { get; init; }

    /// <summary>Comprehensive hours: the period's standard hours when the approval or local rule says; empty: the 2008 notice's figure.</summary>
    public decimal? StandardHours { get; init; }
}

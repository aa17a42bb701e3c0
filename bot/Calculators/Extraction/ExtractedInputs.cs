namespace Assistant.Bot.Calculators.Extraction;

/// <summary>
/// The figures read from a worker's own words. Each is null when not said; the names are the ones
/// <see cref="ExtractedCalculation.Missing"/> uses, and map onto the calculators' input records when the conversation
/// fills them in.
/// </summary>
public sealed record ExtractedInputs
{
    /// <summary>Years worked (干了5年零3个月 → 5.25); in this company when two lengths are said.</summary>
    public decimal? Years { get; init; }

    /// <summary>Total years of work, when a second, longer length is said (工龄12年，在本单位3年 → 12).</summary>
    public decimal? TotalYears { get; init; }

    /// <summary>When the work began (2019年3月入职).</summary>
    public ExtractedDate? StartDate { get; init; }

    /// <summary>When it ended or the dispute arose (上个月被裁 → last month).</summary>
    public ExtractedDate? EndDate { get; init; }

    /// <summary>The monthly wage (月薪8千, 税前一万二, my salary is 12,000).</summary>
    public decimal? MonthlyWage { get; init; }

    /// <summary>How the employment ended, when said (裁员, 协商, 合同到期 …).</summary>
    public EndingReason? Ending { get; init; }

    /// <summary>A disability grade, 1–10 (九级伤残, grade 9).</summary>
    public int? Grade { get; init; }

    /// <summary>Overtime hours on working days.</summary>
    public decimal? WeekdayOvertimeHours { get; init; }

    /// <summary>Hours on rest days (days said are counted as 8 hours).</summary>
    public decimal? RestDayHours { get; init; }

    /// <summary>Hours on statutory holidays (days said are counted as 8 hours).</summary>
    public decimal? HolidayHours { get; init; }

    /// <summary>综合计算工时 or 不定时, when said.</summary>
    public WorkingTimeSystem? System { get; init; }

    /// <summary>The contract term in months (签了3年合同 → 36).</summary>
    public int? ContractMonths { get; init; }

    /// <summary>Open-ended or task-based, when said.</summary>
    public ContractType? Contract { get; init; }

    /// <summary>Babies born at once (双胞胎 → 2).</summary>
    public int? Babies { get; init; }

    /// <summary>A difficult birth (难产, 剖腹产).</summary>
    public bool? DifficultBirth { get; init; }

    /// <summary>A miscarriage (流产).</summary>
    public bool? Miscarriage { get; init; }

    /// <summary>Months of pregnancy, when said with a miscarriage.</summary>
    public int? PregnancyMonths { get; init; }

    /// <summary>Unpaid wages (拖欠工资), for the arbitration time limit.</summary>
    public DisputeKind? Dispute { get; init; }
}

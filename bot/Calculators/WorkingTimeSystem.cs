namespace Assistant.Bot.Calculators;

/// <summary>The working-time system the worker is under.</summary>
public enum WorkingTimeSystem
{
    /// <summary>标准工时: 8 hours a day, 40 a week.</summary>
    Standard,

    /// <summary>综合计算工时: hours counted over a month, a quarter or a year (approved by the labour bureau).</summary>
    Comprehensive,

    /// <summary>不定时工时 (approved by the labour bureau).</summary>
    Flexible,
}

namespace Assistant.Bot.Calculators;

/// <summary>The period over which 综合计算工时 counts hours.</summary>
public enum ComprehensivePeriod
{
    Month,
    Quarter,
    Year,
}

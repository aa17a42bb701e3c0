using Assistant.Bot.Calculators;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>Regional figures for the worked examples: round numbers so the hand arithmetic stays readable.</summary>
public static class TestRegions
{
    /// <summary>City average 10,000 (cap 30,000), minimum wage 2,500, 60 extra maternity days, pooling average 9,000 (bounds 5,400–27,000).</summary>
    public static RegionalFigures Full { get; } = new(
        "测试市",
        new RegionalFigure(10_000m, 2024, "测试用", IsSample: false),
        new RegionalFigure(2_500m, 2024, "测试用", IsSample: false),
        new RegionalFigure(60m, 2024, "测试用", IsSample: false),
        new RegionalFigure(9_000m, 2024, "测试用", IsSample: false));

    /// <summary>The same figures, marked as bundled samples.</summary>
    public static RegionalFigures Sample { get; } = new(
        "样例地区",
        Full.CityAverageMonthlyWage! with { IsSample = true },
        Full.MinimumMonthlyWage! with { IsSample = true },
        Full.ExtraMaternityDays! with { IsSample = true },
        Full.PoolingAverageMonthlyWage! with { IsSample = true });

    public static RegionalFigures None => RegionalFigures.None;

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}

using Assistant.Bot.Calculators;
using static Assistant.Bot.Tests.Calculators.TestRegions;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// Worked examples of N, N+1 and 2N, each done by hand from 劳动合同法第四十七条 (years: ≥ 6 months → a year, &lt; 6
/// months → half), 实施条例第二十七条 (minimum wage floor), the cap (3 × 10,000 = 30,000, then at most 12 years), 第九十七条
/// (years before 2008 under the old rules: full years, a remainder under a year counted as a year) and 实施条例第二十、二十五条.
/// Region: <see cref="TestRegions.Full"/>.
/// </summary>
public sealed class SeveranceExamplesTests
{
    public static TheoryData<string, SeveranceInput, decimal, decimal> Examples => new()
    {
        { "2023-01-01..2023-06-30 = exactly 6 months → 1 year; 8,000 × 1 = 8,000",
            new SeveranceInput { FirstWorkDay = Day("2023-01-01"), LastWorkDay = Day("2023-06-30"), AverageMonthlyWage = 8_000m }, 8_000m, 1m },
        { "2023-01-01..2023-06-29 = 5 months 29 days → half; 8,000 × 0.5 = 4,000",
            new SeveranceInput { FirstWorkDay = Day("2023-01-01"), LastWorkDay = Day("2023-06-29"), AverageMonthlyWage = 8_000m }, 4_000m, 0.5m },
        { "5 years 3 months → 5.5; 8,000 × 5.5 = 44,000",
            new SeveranceInput { Service = new ServiceLength(5, 3), AverageMonthlyWage = 8_000m }, 44_000m, 5.5m },
        { "5 years 6 months → 6; 8,000 × 6 = 48,000",
            new SeveranceInput { Service = new ServiceLength(5, 6), AverageMonthlyWage = 8_000m }, 48_000m, 6m },
        { "15 years at 40,000 > 30,000: cap binds → 30,000 × 12 = 360,000",
            new SeveranceInput { Service = new ServiceLength(15), AverageMonthlyWage = 40_000m }, 360_000m, 12m },
        { "8 years 7 months at 35,000: 30,000 × 9 = 270,000 (under 12 years)",
            new SeveranceInput { Service = new ServiceLength(8, 7), AverageMonthlyWage = 35_000m }, 270_000m, 9m },
        { "15 years at 20,000 ≤ 30,000: no cap, no 12-year limit → 20,000 × 15 = 300,000",
            new SeveranceInput { Service = new ServiceLength(15), AverageMonthlyWage = 20_000m }, 300_000m, 15m },
        { "2 years at 2,000 < minimum 2,500 → 2,500 × 2 = 5,000",
            new SeveranceInput { Service = new ServiceLength(2), AverageMonthlyWage = 2_000m }, 5_000m, 2m },
        { "six months' wages 3,000×5 + 3,600 = 18,600 ÷ 6 = 3,100; 6 months → 1; 3,100",
            new SeveranceInput { FirstWorkDay = Day("2023-01-01"), LastWorkDay = Day("2023-06-30"), MonthlyWages = [3_000m, 3_000m, 3_000m, 3_000m, 3_000m, 3_600m] }, 3_100m, 1m },
        { "layoff, 2005-03-01..2020-08-31 at 6,000: before 2008 2y10m → 3 months = 18,000; 2008..2020-08-31 12y8m → 13 = 78,000; 96,000",
            new SeveranceInput { FirstWorkDay = Day("2005-03-01"), LastWorkDay = Day("2020-08-31"), AverageMonthlyWage = 6_000m, Ending = EndingReason.Layoff }, 96_000m, 16m },
        { "fixed term expired, same dates: old rules paid nothing → 13 × 6,000 = 78,000",
            new SeveranceInput { FirstWorkDay = Day("2005-03-01"), LastWorkDay = Day("2020-08-31"), AverageMonthlyWage = 6_000m, Ending = EndingReason.FixedTermExpired }, 78_000m, 13m },
        { "agreement, 1990-01-01..2010-12-31 at 5,000: before 2008 18 years → old limit 12 = 60,000; 2008..2010 3 years = 15,000; 75,000",
            new SeveranceInput { FirstWorkDay = Day("1990-01-01"), LastWorkDay = Day("2010-12-31"), AverageMonthlyWage = 5_000m, Ending = EndingReason.MutualAgreementByEmployer }, 75_000m, 15m },
        { "ending unknown, 2006-07-01..2012-06-30 at 7,000: from 2008 4y6m → 5 = 35,000 (pre-2008 2 months shown apart)",
            new SeveranceInput { FirstWorkDay = Day("2006-07-01"), LastWorkDay = Day("2012-06-30"), AverageMonthlyWage = 7_000m }, 35_000m, 5m },
        { "N+1, incompetence, 3y2m at 9,000, last month 9,500: 3.5 × 9,000 = 31,500 + 9,500 = 41,000",
            new SeveranceInput { Kind = SeveranceKind.CompensationPlusNotice, Ending = EndingReason.Incompetence, Service = new ServiceLength(3, 2), AverageMonthlyWage = 9_000m, LastMonthWage = 9_500m }, 41_000m, 4.5m },
        { "N+1, 4 years at 8,000, last month not given: 32,000 + 8,000 = 40,000",
            new SeveranceInput { Kind = SeveranceKind.CompensationPlusNotice, Service = new ServiceLength(4), AverageMonthlyWage = 8_000m }, 40_000m, 5m },
        { "N+1 asked for a layoff (第四十一条): no extra month → 4 × 8,000 = 32,000",
            new SeveranceInput { Kind = SeveranceKind.CompensationPlusNotice, Ending = EndingReason.Layoff, Service = new ServiceLength(4), AverageMonthlyWage = 8_000m }, 32_000m, 4m },
        { "2N, 5y3m at 8,000: 5.5 × 8,000 = 44,000 × 2 = 88,000",
            new SeveranceInput { Kind = SeveranceKind.UnlawfulTermination, Service = new ServiceLength(5, 3), AverageMonthlyWage = 8_000m }, 88_000m, 11m },
        { "2N, 20 years at 50,000: 30,000 × 12 = 360,000 × 2 = 720,000",
            new SeveranceInput { Kind = SeveranceKind.UnlawfulTermination, Service = new ServiceLength(20), AverageMonthlyWage = 50_000m }, 720_000m, 24m },
        { "2N from the first day (实施条例第二十五条), 2005-03-01..2020-08-31 = 15y6m → 16 × 6,000 = 96,000 × 2 = 192,000",
            new SeveranceInput { Kind = SeveranceKind.UnlawfulTermination, FirstWorkDay = Day("2005-03-01"), LastWorkDay = Day("2020-08-31"), AverageMonthlyWage = 6_000m }, 192_000m, 32m },
        { "resigned of own will: 第四十六条 lists no such case → 0",
            new SeveranceInput { Ending = EndingReason.EmployeeResigned, Service = new ServiceLength(6), AverageMonthlyWage = 8_000m }, 0m, 0m },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Severance_matches_the_hand_calculation(string hand, SeveranceInput input, decimal amount, decimal months)
    {
        var result = new SeveranceCalculator(Full).Calculate(input).Result;

        Assert.NotNull(result);
        Assert.True(amount == result.Amount, $"{hand}: got {result.Amount}");
        Assert.Equal(months, result.Months);
        Assert.Contains(amount > 0 ? "劳动合同法#第四十七条" : "劳动合同法#第四十六条", result.BasisKeys);
    }

    [Fact]
    public void The_pre_2008_years_cite_article_97_and_the_old_rules_as_not_bundled()
    {
        var result = new SeveranceCalculator(Full).Calculate(new SeveranceInput
        {
            FirstWorkDay = Day("2005-03-01"), LastWorkDay = Day("2020-08-31"), AverageMonthlyWage = 6_000m, Ending = EndingReason.Layoff,
        }).Result!;

        Assert.Contains("劳动合同法#第九十七条", result.BasisKeys);
        var old = Assert.Single(result.Basis, b => b.Law == "违反和解除劳动合同的经济补偿办法");
        Assert.False(old.Bundled);
        Assert.Contains(result.Steps, s => s.Name == "Step.OldPartPaid");
        Assert.Contains(result.Steps, s => s.Name == "Step.NewPart");
    }

    [Fact]
    public void An_ending_the_old_rules_may_not_have_paid_for_is_shown_both_ways()
    {
        var result = new SeveranceCalculator(Full).Calculate(new SeveranceInput
        {
            FirstWorkDay = Day("2006-07-01"), LastWorkDay = Day("2012-06-30"), AverageMonthlyWage = 7_000m,
        }).Result!;

        // 2006-07-01..2007-12-31 = 1 year 6 months → 2 months under the old counting = 14,000, kept apart.
        var variant = Assert.Single(result.Variants, v => v.Label.Name == "Variant.WithPre2008");
        Assert.Equal(49_000m, variant.Amount);
        Assert.Contains(result.Assumptions, a => a.Name == "Assume.OldRulesUncertain");
    }

    [Fact]
    public void N_plus_one_without_last_month_names_it_missing()
    {
        var result = new SeveranceCalculator(Full).Calculate(new SeveranceInput
        {
            Kind = SeveranceKind.CompensationPlusNotice, Service = new ServiceLength(4), AverageMonthlyWage = 8_000m,
        }).Result!;

        Assert.Contains(nameof(SeveranceInput.LastMonthWage), result.MissingFigures);
        Assert.Contains("劳动合同法实施条例#第二十条", result.BasisKeys);
        Assert.Contains("劳动合同法#第四十条", result.BasisKeys);
    }

    [Fact]
    public void Two_N_cites_articles_48_87_and_regulation_25()
    {
        var result = new SeveranceCalculator(Full).Calculate(new SeveranceInput
        {
            Kind = SeveranceKind.UnlawfulTermination, Service = new ServiceLength(3), AverageMonthlyWage = 8_000m,
        }).Result!;

        Assert.Equal(CalculationKind.UnlawfulTermination, result.Kind);
        Assert.Contains("劳动合同法#第四十八条", result.BasisKeys);
        Assert.Contains("劳动合同法#第八十七条", result.BasisKeys);
        Assert.Contains("劳动合同法实施条例#第二十五条", result.BasisKeys);
    }

    [Fact]
    public void Without_the_city_average_the_result_says_so_and_gives_it_with_and_without_the_cap()
    {
        var result = new SeveranceCalculator(None).Calculate(new SeveranceInput { Service = new ServiceLength(15), AverageMonthlyWage = 50_000m }).Result!;

        // Uncapped: 50,000 × 15 = 750,000; capped: 3 × average × 12 (the average unknown).
        Assert.Equal(750_000m, result.Amount);
        Assert.Contains(nameof(RegionalFigures.CityAverageMonthlyWage), result.MissingFigures);
        Assert.Contains(nameof(RegionalFigures.MinimumMonthlyWage), result.MissingFigures);
        var capped = Assert.Single(result.Variants);
        Assert.Equal("Variant.IfCapped", capped.Label.Name);
        Assert.Equal(12m, capped.Label.Arguments[0]);
        Assert.Null(capped.Amount);
    }

    [Fact]
    public void With_the_cap_binding_the_uncapped_amount_is_shown_beside_it()
    {
        var result = new SeveranceCalculator(Full).Calculate(new SeveranceInput { Service = new ServiceLength(15), AverageMonthlyWage = 40_000m }).Result!;

        var uncapped = Assert.Single(result.Variants);
        Assert.Equal(600_000m, uncapped.Amount);
    }

    [Fact]
    public void A_sample_figure_is_flagged()
    {
        var result = new SeveranceCalculator(Sample).Calculate(new SeveranceInput { Service = new ServiceLength(3), AverageMonthlyWage = 8_000m }).Result!;

        Assert.True(result.UsesSampleFigures);
        Assert.Contains(result.Assumptions, a => a.Name == "Assume.SampleFigure");
    }
}

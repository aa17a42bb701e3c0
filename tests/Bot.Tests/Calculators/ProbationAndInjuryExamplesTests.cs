using Assistant.Bot.Calculators;
using static Assistant.Bot.Tests.Calculators.TestRegions;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// Worked examples of probation (劳动合同法第十九条: under 3 months none; 3 months–1 year 1; 1–3 years 2; 3 years+ and
/// open-ended 6; task none; 第二十条: 80 % of the agreed wage, not below the minimum 2,500) and of the one-off disability
/// grant (工伤保险条例第三十五至三十七条: 27, 25, 23, 21, 18, 16, 13, 11, 9, 7 months; 第六十四条: 本人工资 within 60 %–300 % of
/// the pooling average 9,000 = 5,400–27,000).
/// </summary>
public sealed class ProbationAndInjuryExamplesTests
{
    [Theory]
    [InlineData("2-month contract: under 3 months → none", ContractType.FixedTerm, 2, 0)]
    [InlineData("3-month contract (三个月以上 includes 3) → 1", ContractType.FixedTerm, 3, 1)]
    [InlineData("11-month contract → 1", ContractType.FixedTerm, 11, 1)]
    [InlineData("1-year contract (一年以上 includes 1) → 2", ContractType.FixedTerm, 12, 2)]
    [InlineData("35-month contract → 2", ContractType.FixedTerm, 35, 2)]
    [InlineData("3-year contract → 6", ContractType.FixedTerm, 36, 6)]
    [InlineData("open-ended → 6", ContractType.OpenEnded, null, 6)]
    [InlineData("task-based → none", ContractType.TaskBased, null, 0)]
    public void Probation_limit_matches_article_19(string hand, ContractType contract, int? term, int months)
    {
        var result = new ProbationCalculator(Full).Calculate(new ProbationInput { Contract = contract, TermMonths = term }).Result;

        Assert.NotNull(result);
        Assert.True(months == result.Months, $"{hand}: got {result.Months}");
        Assert.Contains("劳动合同法#第十九条", result.BasisKeys);
    }

    [Theory]
    [InlineData("agreed 5,000 × 80% = 4,000", 5_000, 4_000)]
    [InlineData("agreed 3,000 × 80% = 2,400 < minimum 2,500 → 2,500", 3_000, 2_500)]
    public void Probation_wage_is_80_percent_but_not_below_the_minimum(string hand, int agreed, int lowest)
    {
        var result = new ProbationCalculator(Full).Calculate(new ProbationInput { TermMonths = 36, AgreedMonthlyWage = agreed }).Result!;

        Assert.True(lowest == result.Amount, $"{hand}: got {result.Amount}");
        Assert.Contains("劳动合同法#第二十条", result.BasisKeys);
        Assert.Contains(result.Assumptions, a => a.Name == "Assume.ProbationLowestGradeUnknown");
    }

    [Theory]
    [InlineData("grade 1: 27 × 6,000 = 162,000", 1, 6_000, 162_000, "工伤保险条例#第三十五条")]
    [InlineData("grade 2: 25 × 6,000 = 150,000", 2, 6_000, 150_000, "工伤保险条例#第三十五条")]
    [InlineData("grade 3: 23 × 6,000 = 138,000", 3, 6_000, 138_000, "工伤保险条例#第三十五条")]
    [InlineData("grade 4: 21 × 6,000 = 126,000", 4, 6_000, 126_000, "工伤保险条例#第三十五条")]
    [InlineData("grade 5: 18 × 6,000 = 108,000", 5, 6_000, 108_000, "工伤保险条例#第三十六条")]
    [InlineData("grade 6: 16 × 6,000 = 96,000", 6, 6_000, 96_000, "工伤保险条例#第三十六条")]
    [InlineData("grade 7: 13 × 6,000 = 78,000", 7, 6_000, 78_000, "工伤保险条例#第三十七条")]
    [InlineData("grade 8: 11 × 6,000 = 66,000", 8, 6_000, 66_000, "工伤保险条例#第三十七条")]
    [InlineData("grade 9: 9 × 6,000 = 54,000", 9, 6_000, 54_000, "工伤保险条例#第三十七条")]
    [InlineData("grade 10: 7 × 6,000 = 42,000", 10, 6_000, 42_000, "工伤保险条例#第三十七条")]
    [InlineData("grade 9, wage 4,000 < 60% (5,400): 9 × 5,400 = 48,600", 9, 4_000, 48_600, "工伤保险条例#第三十七条")]
    [InlineData("grade 5, wage 30,000 > 300% (27,000): 18 × 27,000 = 486,000", 5, 30_000, 486_000, "工伤保险条例#第三十六条")]
    [InlineData("grade 10, wage exactly 60% (5,400): 7 × 5,400 = 37,800", 10, 5_400, 37_800, "工伤保险条例#第三十七条")]
    public void Disability_grant_matches_the_hand_calculation(string hand, int grade, int wage, int amount, string article)
    {
        var result = new InjuryGrantCalculator(Full).Calculate(new InjuryGrantInput { Grade = grade, MonthlyWage = wage }).Result;

        Assert.NotNull(result);
        Assert.True(amount == result.Amount, $"{hand}: got {result.Amount}");
        Assert.Contains(article, result.BasisKeys);
        Assert.Contains("工伤保险条例#第六十四条", result.BasisKeys);
    }

    [Fact]
    public void Without_the_pooling_average_the_grant_is_unbounded_and_says_so()
    {
        var result = new InjuryGrantCalculator(None).Calculate(new InjuryGrantInput { Grade = 9, MonthlyWage = 4_000m }).Result!;

        Assert.Equal(36_000m, result.Amount);
        Assert.Contains(nameof(RegionalFigures.PoolingAverageMonthlyWage), result.MissingFigures);
        Assert.Single(result.Variants);
    }
}

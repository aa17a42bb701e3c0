using Assistant.Bot.Calculators;
using static Assistant.Bot.Tests.Calculators.TestRegions;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// Worked examples of paid annual leave: 条例第三条 (1–10 years 5 days, 10–20 10, 20+ 15), 第四条 exclusions, 实施办法第五条
/// (joining: days left ÷ 365 × days, floored), 第十二条 (leaving: days passed ÷ 365 × days − taken, floored), 第十、十一条
/// (unused days: daily wage = monthly ÷ 21.75; 300 %, of which 200 % still owed).
/// </summary>
public sealed class AnnualLeaveExamplesTests
{
    public static TheoryData<string, AnnualLeaveInput, decimal, decimal?> Examples => new()
    {
        { "8 years, whole year, none taken → 5 days",
            new AnnualLeaveInput { CumulativeYears = 8m }, 5m, null },
        { "half a year of work → none yet",
            new AnnualLeaveInput { CumulativeYears = 0.5m }, 0m, null },
        { "9.9 years → still 5",
            new AnnualLeaveInput { CumulativeYears = 9.9m }, 5m, null },
        { "exactly 10 years (已满10年) → 10",
            new AnnualLeaveInput { CumulativeYears = 10m }, 10m, null },
        { "20 years → 15",
            new AnnualLeaveInput { CumulativeYears = 20m }, 15m, null },
        { "joined 2023-07-01, 3 years of work: 184 days left ÷ 365 × 5 = 2.52 → 2",
            new AnnualLeaveInput { CumulativeYears = 3m, JoinedOn = Day("2023-07-01") }, 2m, null },
        { "leaving 2024-07-01 (leap year), 12 years: 183 ÷ 365 × 10 = 5.01 → 5",
            new AnnualLeaveInput { CumulativeYears = 12m, LeftOn = Day("2024-07-01") }, 5m, null },
        { "leaving 2023-07-01, 12 years: 182 ÷ 365 × 10 = 4.99 → 4",
            new AnnualLeaveInput { CumulativeYears = 12m, LeftOn = Day("2023-07-01") }, 4m, null },
        { "leaving 2023-10-31, 5 years, 2 taken, wage 8,700: 304 ÷ 365 × 5 = 4.16 − 2 = 2.16 → 2; 8,700 ÷ 21.75 = 400; 2 × 400 × 200% = 1,600",
            new AnnualLeaveInput { CumulativeYears = 5m, LeftOn = Day("2023-10-31"), DaysTaken = 2m, MonthlyWage = 8_700m }, 2m, 1_600m },
        { "10 years, 4 taken, wage 10,875: 6 unused; 10,875 ÷ 21.75 = 500; 6 × 500 × 200% = 6,000",
            new AnnualLeaveInput { CumulativeYears = 10m, DaysTaken = 4m, MonthlyWage = 10_875m }, 6m, 6_000m },
        { "5 years with 2 months of sick leave (条例第四条第三项) → none",
            new AnnualLeaveInput { CumulativeYears = 5m, SickLeaveMonths = 2m }, 0m, null },
        { "20 days of personal leave without deduction (第二项) → none",
            new AnnualLeaveInput { CumulativeYears = 5m, PaidPersonalLeaveDays = 20m }, 0m, null },
        { "12 years with 2.5 months sick (limit 3) → still 10",
            new AnnualLeaveInput { CumulativeYears = 12m, SickLeaveMonths = 2.5m }, 10m, null },
        { "leaving 2023-03-31 after taking 3: 90 ÷ 365 × 5 = 1.23 − 3 < 0 → 0, not clawed back",
            new AnnualLeaveInput { CumulativeYears = 5m, LeftOn = Day("2023-03-31"), DaysTaken = 3m }, 0m, null },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Annual_leave_matches_the_hand_calculation(string hand, AnnualLeaveInput input, decimal days, decimal? amount)
    {
        var result = new AnnualLeaveCalculator().Calculate(input).Result;

        Assert.NotNull(result);
        Assert.True(days == result.Days, $"{hand}: got {result.Days} days");
        Assert.True(amount == result.Amount, $"{hand}: got {result.Amount}");
        Assert.Contains("职工带薪年休假条例#第三条", result.BasisKeys);
    }

    [Fact]
    public void Leaving_in_a_leap_year_still_divides_by_365_and_says_so()
    {
        var result = new AnnualLeaveCalculator().Calculate(new AnnualLeaveInput { CumulativeYears = 12m, LeftOn = Day("2024-07-01") }).Result!;

        Assert.Contains("企业职工带薪年休假实施办法#第十二条", result.BasisKeys);
        Assert.Contains(result.Assumptions, a => a.Name == "Assume.Leave365InLeapYear");
    }

    [Fact]
    public void Unused_days_without_a_wage_name_the_wage_missing()
    {
        var result = new AnnualLeaveCalculator().Calculate(new AnnualLeaveInput { CumulativeYears = 8m }).Result!;

        Assert.Null(result.Amount);
        Assert.Contains(nameof(AnnualLeaveInput.MonthlyWage), result.MissingFigures);
        Assert.Contains("企业职工带薪年休假实施办法#第十一条", result.BasisKeys);
    }
}

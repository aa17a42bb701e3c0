using Assistant.Bot.Calculators;
using static Assistant.Bot.Tests.Calculators.TestRegions;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// Worked examples of the medical period (企业职工患病或非因工负伤医疗期规定第三、四条: total under 10 years → 3 months
/// under 5 years here, else 6; total 10+ → 6/9/12/18/24 by 5-year bands here; windows 6/12/15/18/24/30 months) and of
/// maternity leave (女职工劳动保护特别规定第七条: 98; +15 difficult; +15 per extra baby; miscarriage &lt; 4 months 15,
/// ≥ 4 months 42; plus the province's 60 in <see cref="TestRegions.Full"/>).
/// </summary>
public sealed class LeaveAndPeriodExamplesTests
{
    [Theory]
    [InlineData("total 5 (under 10), here 2 (under 5) → 3 months within 6", 5, 2, 3, 6)]
    [InlineData("total 8, here 5 (5 or more) → 6 within 12", 8, 5, 6, 12)]
    [InlineData("total 12 (10+), here 3 → 6 within 12", 12, 3, 6, 12)]
    [InlineData("total 15, here 7 (5–10) → 9 within 15", 15, 7, 9, 15)]
    [InlineData("total 20, here 12 (10–15) → 12 within 18", 20, 12, 12, 18)]
    [InlineData("total 25, here 16 (15–20) → 18 within 24", 25, 16, 18, 24)]
    [InlineData("total 30, here 22 (20+) → 24 within 30", 30, 22, 24, 30)]
    public void Medical_period_matches_the_table(string hand, int total, int company, int months, int window)
    {
        var result = new MedicalPeriodCalculator().Calculate(new MedicalPeriodInput { TotalWorkYears = total, CompanyYears = company }).Result;

        Assert.NotNull(result);
        Assert.True(months == result.Months, $"{hand}: got {result.Months}");
        Assert.Contains(result.Steps, s => s.Name == "Step.MedicalWindow" && (int)s.Arguments[1] == window);
        Assert.Contains("劳动合同法#第四十二条", result.BasisKeys);
        Assert.Contains("劳动法#第二十九条", result.BasisKeys);
        Assert.Contains(result.Basis, b => b.Law == "企业职工患病或非因工负伤医疗期规定" && !b.Bundled);
    }

    [Fact]
    public void The_medical_window_is_dated_from_the_first_sick_day()
    {
        // 24 months counted within 30 months: 2024-01-15 + 30 months − 1 day = 2026-07-14.
        var result = new MedicalPeriodCalculator().Calculate(new MedicalPeriodInput { TotalWorkYears = 30m, CompanyYears = 22m, SickLeaveStart = Day("2024-01-15") }).Result!;

        Assert.Equal(Day("2024-01-15"), result.From);
        Assert.Equal(Day("2026-07-14"), result.To);
    }

    public static TheoryData<string, MaternityLeaveInput, decimal> MaternityExamples => new()
    {
        { "single birth: 98 + 60 local = 158", new MaternityLeaveInput(), 158m },
        { "difficult twins: 98 + 15 + 15 + 60 = 188", new MaternityLeaveInput { DifficultBirth = true, Babies = 2 }, 188m },
        { "difficult triplets: 98 + 15 + 2 × 15 + 60 = 203", new MaternityLeaveInput { DifficultBirth = true, Babies = 3 }, 203m },
        { "miscarriage at 3 months: 15", new MaternityLeaveInput { Outcome = PregnancyOutcome.Miscarriage, PregnancyMonths = 3 }, 15m },
        { "miscarriage at 4 months: 42", new MaternityLeaveInput { Outcome = PregnancyOutcome.Miscarriage, PregnancyMonths = 4 }, 42m },
    };

    [Theory]
    [MemberData(nameof(MaternityExamples))]
    public void Maternity_leave_matches_the_hand_calculation(string hand, MaternityLeaveInput input, decimal days)
    {
        var result = new MaternityLeaveCalculator(Full).Calculate(input).Result;

        Assert.NotNull(result);
        Assert.True(days == result.Days, $"{hand}: got {result.Days}");
        Assert.Contains("女职工劳动保护特别规定#第七条", result.BasisKeys);
    }

    [Fact]
    public void Without_the_local_figure_maternity_leave_is_98_days_and_says_the_local_extra_is_not_included()
    {
        // 2024-03-01 + 98 days − 1 = 2024-06-06 (March 31 + April 30 + May 31 = 92, then 6 June).
        var result = new MaternityLeaveCalculator(None).Calculate(new MaternityLeaveInput { StartDate = Day("2024-03-01") }).Result!;

        Assert.Equal(98m, result.Days);
        Assert.Equal(Day("2024-06-06"), result.To);
        Assert.Contains(nameof(RegionalFigures.ExtraMaternityDays), result.MissingFigures);
        Assert.Contains(result.Assumptions, a => a.Name == "Assume.LocalExtraNotIncluded");
    }
}

using Assistant.Bot.Calculators;
using static Assistant.Bot.Tests.Calculators.TestRegions;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// Worked examples of the double wage (劳动合同法第八十二条; 实施条例第六条: from the day after one month of work to the day
/// before signing; 第七条: at most to the day before a full year, 11 months). The amount is the second wage owed.
/// </summary>
public sealed class DoubleWageExamplesTests
{
    public static TheoryData<string, DoubleWageInput, decimal, decimal> Examples => new()
    {
        { "first 2023-03-01, never signed, counted to 2023-08-31: 2023-04-01..2023-08-31 = 5 months × 6,000 = 30,000",
            new DoubleWageInput { FirstWorkDay = Day("2023-03-01"), LastDayCounted = Day("2023-08-31"), MonthlyWage = 6_000m }, 30_000m, 5m },
        { "signed 2023-06-16: 04-01..06-15 = 2 months (12,000) + 06-01..06-15 with 11 weekdays × (6,000 ÷ 21.75 = 275.86) = 3,034.46 → 15,034.46",
            new DoubleWageInput { FirstWorkDay = Day("2023-03-01"), SignedOn = Day("2023-06-16"), MonthlyWage = 6_000m }, 15_034.46m, 2m },
        { "first 2022-01-10, never signed, counted to 2023-05-01: stops 2023-01-09; 2022-02-10..2023-01-09 = 11 months × 6,000 = 66,000",
            new DoubleWageInput { FirstWorkDay = Day("2022-01-10"), LastDayCounted = Day("2023-05-01"), MonthlyWage = 6_000m }, 66_000m, 11m },
        { "signed 2023-03-20, within the first month: nothing",
            new DoubleWageInput { FirstWorkDay = Day("2023-03-01"), SignedOn = Day("2023-03-20"), MonthlyWage = 6_000m }, 0m, 0m },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Double_wage_matches_the_hand_calculation(string hand, DoubleWageInput input, decimal amount, decimal months)
    {
        var result = new DoubleWageCalculator().Calculate(input).Result;

        Assert.NotNull(result);
        Assert.True(amount == result.Amount, $"{hand}: got {result.Amount}");
        Assert.Equal(months, result.Months);
        Assert.Contains("劳动合同法#第八十二条", result.BasisKeys);
    }

    [Fact]
    public void A_full_year_unsigned_is_an_open_ended_contract_and_the_period_is_given()
    {
        var result = new DoubleWageCalculator().Calculate(new DoubleWageInput
        {
            FirstWorkDay = Day("2022-01-10"), LastDayCounted = Day("2023-05-01"), MonthlyWage = 6_000m,
        }).Result!;

        Assert.Equal(Day("2022-02-10"), result.From);
        Assert.Equal(Day("2023-01-09"), result.To);
        Assert.Contains("劳动合同法实施条例#第七条", result.BasisKeys);
        Assert.Contains(result.Assumptions, a => a.Name == "Assume.DeemedOpenEnded");
    }
}

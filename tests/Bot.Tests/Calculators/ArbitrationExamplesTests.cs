using Assistant.Bot.Calculators;
using static Assistant.Bot.Tests.Calculators.TestRegions;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// Worked examples of the arbitration time limit (劳动争议调解仲裁法第二十七条): one year from the day the worker knew,
/// that day not counted, so the last day is the same date a year later; unpaid remuneration is not limited while employed.
/// </summary>
public sealed class ArbitrationExamplesTests
{
    [Theory]
    [InlineData("knew 2024-03-15 → 2025-03-15, a Saturday", "2024-03-15", null, "2025-03-15", true)]
    [InlineData("knew 2024-03-18 → 2025-03-18, a Tuesday", "2024-03-18", null, "2025-03-18", false)]
    [InlineData("knew 2024-02-29 → 2025 has no 29 February → 2025-02-28 (Friday)", "2024-02-29", null, "2025-02-28", false)]
    [InlineData("knew 2023-05-10, interrupted 2023-09-01 → 2024-09-01, a Sunday", "2023-05-10", "2023-09-01", "2024-09-01", true)]
    public void Last_day_matches_the_hand_count(string hand, string knew, string? interrupted, string last, bool weekend)
    {
        var result = new ArbitrationDeadlineCalculator().Calculate(new ArbitrationInput
        {
            KnewOn = Day(knew), InterruptedOn = interrupted is null ? null : Day(interrupted),
        }).Result;

        Assert.NotNull(result);
        Assert.True(Day(last) == result.To, $"{hand}: got {result.To}");
        Assert.Equal(weekend, result.Steps.Any(s => s.Name == "Step.LastDayWeekend"));
        Assert.Contains("劳动争议调解仲裁法#第二十七条", result.BasisKeys);
    }

    [Fact]
    public void Unpaid_pay_while_employed_is_not_limited()
    {
        var result = new ArbitrationDeadlineCalculator().Calculate(new ArbitrationInput { Dispute = DisputeKind.UnpaidRemuneration }).Result!;

        Assert.Null(result.To);
        Assert.Equal("Summary.ArbitrationNotLimited", result.Summary.Name);
    }

    [Fact]
    public void Unpaid_pay_after_leaving_runs_one_year_from_the_end()
    {
        // Ended 2023-06-30 → 2024-06-30, a Sunday.
        var result = new ArbitrationDeadlineCalculator().Calculate(new ArbitrationInput
        {
            Dispute = DisputeKind.UnpaidRemuneration, EmploymentEndedOn = Day("2023-06-30"),
        }).Result!;

        Assert.Equal(Day("2024-06-30"), result.To);
        Assert.Contains(result.Steps, s => s.Name == "Step.LastDayWeekend");
    }
}

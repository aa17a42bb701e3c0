using Assistant.Bot.Calculators;
using static Assistant.Bot.Tests.Calculators.TestRegions;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>Inputs nobody could mean give a structured error naming the field, never an exception.</summary>
public sealed class ValidationTests
{
    public static TheoryData<string, Func<CalculationOutcome>> BadInputs => new()
    {
        { nameof(SeveranceInput.Service), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { Service = new ServiceLength(-1), AverageMonthlyWage = 8_000m }) },
        { nameof(SeveranceInput.Service), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { AverageMonthlyWage = 8_000m }) },
        { nameof(SeveranceInput.Service), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { Service = new ServiceLength(3, 14), AverageMonthlyWage = 8_000m }) },
        { nameof(SeveranceInput.AverageMonthlyWage), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { Service = new ServiceLength(3), AverageMonthlyWage = 0m }) },
        { nameof(SeveranceInput.AverageMonthlyWage), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { Service = new ServiceLength(3) }) },
        { nameof(SeveranceInput.LastWorkDay), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { FirstWorkDay = Day("2020-05-01"), LastWorkDay = Day("2019-05-01"), AverageMonthlyWage = 8_000m }) },
        { nameof(SeveranceInput.LastWorkDay), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { FirstWorkDay = Day("2020-05-01"), AverageMonthlyWage = 8_000m }) },
        { nameof(SeveranceInput.MonthlyWages), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { Service = new ServiceLength(3), MonthlyWages = Enumerable.Repeat(5_000m, 13).ToList() }) },
        { nameof(SeveranceInput.MonthlyWages), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { Service = new ServiceLength(3), MonthlyWages = [5_000m, -1m] }) },
        { nameof(SeveranceInput.LastMonthWage), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { Kind = SeveranceKind.CompensationPlusNotice, Service = new ServiceLength(3), AverageMonthlyWage = 8_000m, LastMonthWage = 0m }) },
        { nameof(SeveranceInput.Kind), () => new SeveranceCalculator(Full).Calculate(new SeveranceInput { Kind = (SeveranceKind)9, Service = new ServiceLength(3), AverageMonthlyWage = 8_000m }) },
        { nameof(DoubleWageInput.MonthlyWage), () => new DoubleWageCalculator().Calculate(new DoubleWageInput { FirstWorkDay = Day("2023-01-01"), SignedOn = Day("2023-06-01"), MonthlyWage = 0m }) },
        { nameof(DoubleWageInput.SignedOn), () => new DoubleWageCalculator().Calculate(new DoubleWageInput { FirstWorkDay = Day("2023-01-01"), SignedOn = Day("2022-06-01"), MonthlyWage = 5_000m }) },
        { nameof(DoubleWageInput.LastDayCounted), () => new DoubleWageCalculator().Calculate(new DoubleWageInput { FirstWorkDay = Day("2023-01-01"), MonthlyWage = 5_000m }) },
        { nameof(DoubleWageInput.FirstWorkDay), () => new DoubleWageCalculator().Calculate(new DoubleWageInput { FirstWorkDay = Day("1900-01-01"), SignedOn = Day("2022-06-01"), MonthlyWage = 5_000m }) },
        { nameof(OvertimeInput.WeekdayOvertimeHours), () => new OvertimeCalculator().Calculate(new OvertimeInput { MonthlyWage = 8_000m, WeekdayOvertimeHours = -2m }) },
        { nameof(OvertimeInput.HoursWorked), () => new OvertimeCalculator().Calculate(new OvertimeInput { MonthlyWage = 8_000m, System = WorkingTimeSystem.Comprehensive }) },
        { nameof(OvertimeInput.MonthlyWage), () => new OvertimeCalculator().Calculate(new OvertimeInput { WeekdayOvertimeHours = 2m }) },
        { nameof(AnnualLeaveInput.CumulativeYears), () => new AnnualLeaveCalculator().Calculate(new AnnualLeaveInput { CumulativeYears = -1m }) },
        { nameof(AnnualLeaveInput.LeftOn), () => new AnnualLeaveCalculator().Calculate(new AnnualLeaveInput { CumulativeYears = 5m, JoinedOn = Day("2023-05-01"), LeftOn = Day("2023-03-01") }) },
        { nameof(AnnualLeaveInput.DaysTaken), () => new AnnualLeaveCalculator().Calculate(new AnnualLeaveInput { CumulativeYears = 5m, DaysTaken = -1m }) },
        { nameof(MedicalPeriodInput.CompanyYears), () => new MedicalPeriodCalculator().Calculate(new MedicalPeriodInput { TotalWorkYears = 5m, CompanyYears = 8m }) },
        { nameof(MedicalPeriodInput.TotalWorkYears), () => new MedicalPeriodCalculator().Calculate(new MedicalPeriodInput { TotalWorkYears = -3m, CompanyYears = 1m }) },
        { nameof(MaternityLeaveInput.Babies), () => new MaternityLeaveCalculator(Full).Calculate(new MaternityLeaveInput { Babies = 0 }) },
        { nameof(MaternityLeaveInput.PregnancyMonths), () => new MaternityLeaveCalculator(Full).Calculate(new MaternityLeaveInput { Outcome = PregnancyOutcome.Miscarriage }) },
        { nameof(ProbationInput.TermMonths), () => new ProbationCalculator(Full).Calculate(new ProbationInput { TermMonths = 0 }) },
        { nameof(ProbationInput.TermMonths), () => new ProbationCalculator(Full).Calculate(new ProbationInput()) },
        { nameof(ProbationInput.AgreedMonthlyWage), () => new ProbationCalculator(Full).Calculate(new ProbationInput { TermMonths = 12, AgreedMonthlyWage = -5m }) },
        { nameof(InjuryGrantInput.Grade), () => new InjuryGrantCalculator(Full).Calculate(new InjuryGrantInput { Grade = 11, MonthlyWage = 5_000m }) },
        { nameof(InjuryGrantInput.Grade), () => new InjuryGrantCalculator(Full).Calculate(new InjuryGrantInput { Grade = 0, MonthlyWage = 5_000m }) },
        { nameof(InjuryGrantInput.MonthlyWage), () => new InjuryGrantCalculator(Full).Calculate(new InjuryGrantInput { Grade = 9, MonthlyWage = 0m }) },
        { nameof(ArbitrationInput.KnewOn), () => new ArbitrationDeadlineCalculator().Calculate(new ArbitrationInput()) },
        { nameof(ArbitrationInput.InterruptedOn), () => new ArbitrationDeadlineCalculator().Calculate(new ArbitrationInput { KnewOn = Day("2024-05-01"), InterruptedOn = Day("2024-01-01") }) },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_bad_input_names_its_field(string field, Func<CalculationOutcome> calculate)
    {
        var outcome = calculate();

        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Result);
        Assert.Contains(outcome.Errors, e => e.Field == field);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Every_error_reads_as_a_question_or_correction_in_both_languages(string field, Func<CalculationOutcome> calculate)
    {
        var renderer = new CalculationTextRenderer();
        var error = calculate().Errors.First(e => e.Field == field);

        var chinese = renderer.Render(error, "zh");
        var english = renderer.Render(error, "en");

        Assert.Contains(renderer.Get("Field." + field, "zh"), chinese);
        Assert.Contains(renderer.Get("Field." + field, "en"), english);
        Assert.DoesNotContain("{", chinese + english);
    }
}

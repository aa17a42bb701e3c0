using Assistant.Bot.Calculators.Extraction;

namespace Assistant.Bot.Calculators;

/// <summary>
/// Runs a calculation of a kind on the figures a worker gave in words or on a form (<see cref="ExtractedInputs"/>), or
/// on a calculator's own input record (the API): one place that knows which calculator serves which kind and how
/// the figures map onto its input.
/// </summary>
public sealed class CalculationRunner(
    SeveranceCalculator severance,
    DoubleWageCalculator doubleWage,
    OvertimeCalculator overtime,
    AnnualLeaveCalculator annualLeave,
    MedicalPeriodCalculator medicalPeriod,
    MaternityLeaveCalculator maternity,
    ProbationCalculator probation,
    InjuryGrantCalculator injury,
    ArbitrationDeadlineCalculator arbitration,
    TimeProvider time)
{
    /// <summary>The calculation of <paramref name="kind"/> on <paramref name="inputs"/>; a date said only by its year or
    /// month counts from its first day, and work still going on ends today.</summary>
    public CalculationOutcome Run(CalculationKind kind, ExtractedInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var start = inputs.StartDate?.FirstDay;
        var end = inputs.EndDate?.FirstDay;
        return kind switch
        {
            CalculationKind.Severance or CalculationKind.SeverancePlusNotice or CalculationKind.UnlawfulTermination => severance.Calculate(new SeveranceInput
            {
                Kind = kind switch
                {
                    CalculationKind.SeverancePlusNotice => SeveranceKind.CompensationPlusNotice,
                    CalculationKind.UnlawfulTermination => SeveranceKind.UnlawfulTermination,
                    _ => SeveranceKind.Compensation,
                },
                Ending = inputs.Ending ?? EndingReason.Unknown,
                FirstWorkDay = start,
                LastWorkDay = start is null ? null : end ?? today,
                Service = start is null ? Length(inputs.Years) : null,
                AverageMonthlyWage = inputs.MonthlyWage,
                LastMonthWage = inputs.MonthlyWage,
            }),
            CalculationKind.DoubleWage => doubleWage.Calculate(new DoubleWageInput
            {
                FirstWorkDay = start ?? Back(end ?? today, inputs.Years),
                LastDayCounted = end ?? today,
                MonthlyWage = inputs.MonthlyWage,
            }),
            CalculationKind.Overtime => overtime.Calculate(new OvertimeInput
            {
                MonthlyWage = inputs.MonthlyWage,
                System = inputs.System ?? WorkingTimeSystem.Standard,
                WeekdayOvertimeHours = inputs.WeekdayOvertimeHours ?? 0,
                RestDayHours = inputs.RestDayHours ?? 0,
                HolidayHours = inputs.HolidayHours ?? 0,
            }),
            CalculationKind.AnnualLeave => annualLeave.Calculate(new AnnualLeaveInput
            {
                CumulativeYears = inputs.TotalYears ?? inputs.Years,
                MonthlyWage = inputs.MonthlyWage,
                LeftOn = end,
            }),
            CalculationKind.MedicalPeriod => medicalPeriod.Calculate(new MedicalPeriodInput
            {
                TotalWorkYears = inputs.TotalYears,
                CompanyYears = inputs.Years,
            }),
            CalculationKind.MaternityLeave => maternity.Calculate(new MaternityLeaveInput
            {
                Outcome = inputs.Miscarriage == true ? PregnancyOutcome.Miscarriage : PregnancyOutcome.Birth,
                Babies = inputs.Babies ?? 1,
                DifficultBirth = inputs.DifficultBirth ?? false,
                PregnancyMonths = inputs.PregnancyMonths,
            }),
            CalculationKind.Probation => probation.Calculate(new ProbationInput
            {
                Contract = inputs.Contract ?? ContractType.FixedTerm,
                TermMonths = inputs.ContractMonths,
                AgreedMonthlyWage = inputs.MonthlyWage,
            }),
            CalculationKind.InjuryGrant => injury.Calculate(new InjuryGrantInput { Grade = inputs.Grade, MonthlyWage = inputs.MonthlyWage }),
            CalculationKind.ArbitrationDeadline => arbitration.Calculate(new ArbitrationInput
            {
                Dispute = inputs.Dispute ?? DisputeKind.General,
                KnewOn = end,
                EmploymentEndedOn = inputs.Dispute == DisputeKind.UnpaidRemuneration ? end : null,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No calculator serves this kind."),
        };
    }

    /// <summary>The calculator's own input record, as the API receives it.</summary>
    public CalculationOutcome Run(object input) => input switch
    {
        SeveranceInput i => severance.Calculate(i),
        DoubleWageInput i => doubleWage.Calculate(i),
        OvertimeInput i => overtime.Calculate(i),
        AnnualLeaveInput i => annualLeave.Calculate(i),
        MedicalPeriodInput i => medicalPeriod.Calculate(i),
        MaternityLeaveInput i => maternity.Calculate(i),
        ProbationInput i => probation.Calculate(i),
        InjuryGrantInput i => injury.Calculate(i),
        ArbitrationInput i => arbitration.Calculate(i),
        _ => throw new ArgumentException($"No calculator takes {input?.GetType().Name ?? "null"}.", nameof(input)),
    };

    // 5.25 years → 5 years 3 months; the calculators count service in whole months.
    private static ServiceLength? Length(decimal? years)
    {
        if (years is not { } value || value < 0)
            return years is null ? null : new ServiceLength(-1);
        var months = (int)Math.Round(value * 12m, MidpointRounding.AwayFromZero);
        return new ServiceLength(months / 12, months % 12);
    }

    private static DateOnly? Back(DateOnly from, decimal? years) =>
        years is { } value and > 0 ? from.AddMonths(-(int)Math.Round(value * 12m, MidpointRounding.AwayFromZero)) : null;
}

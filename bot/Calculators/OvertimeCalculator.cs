namespace Assistant.Bot.Calculators;

/// <summary>
/// 加班费: 150 % / 200 % / 300 % of the hourly wage (劳动法第四十四条, 工资支付暂行规定第十三条); hourly wage = monthly ÷
/// (21.75 × 8) (关于职工全年月平均工作时间和工资折算问题的通知). 综合计算工时: hours beyond the period's standard at 150 %,
/// statutory holidays at 300 %. 不定时: no overtime pay under 第十三条.
/// </summary>
public sealed class OvertimeCalculator
{
    private const decimal PaidHoursPerMonth = 21.75m * 8m;
    private const decimal MaxHours = 366m * 24m;

    // The 2008 notice: 20.83 working days a month, 62.5 a quarter, 250 a year, times 8 hours.
    private static decimal NoticeStandardHours(ComprehensivePeriod period) => period switch
    {
        ComprehensivePeriod.Quarter => 500m,
        ComprehensivePeriod.Year => 2000m,
        _ => 166.64m,
    };

    public CalculationOutcome Calculate(OvertimeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = new InputChecks();
        if (!Enum.IsDefined(input.System))
            checks.Add(nameof(input.System), "Error.Unknown");
        if (!Enum.IsDefined(input.Period))
            checks.Add(nameof(input.Period), "Error.Unknown");
        checks.Required(nameof(input.MonthlyWage), input.MonthlyWage is not null);
        checks.Positive(nameof(input.MonthlyWage), input.MonthlyWage);
        checks.InRange(nameof(input.WeekdayOvertimeHours), input.WeekdayOvertimeHours, 0m, MaxHours);
        checks.InRange(nameof(input.RestDayHours), input.RestDayHours, 0m, MaxHours);
        checks.InRange(nameof(input.HolidayHours), input.HolidayHours, 0m, MaxHours);
        checks.InRange(nameof(input.HoursWorked), input.HoursWorked, 0m, MaxHours);
        checks.Positive(nameof(input.StandardHours), input.StandardHours);
        if (input.System == WorkingTimeSystem.Comprehensive)
            checks.Required(nameof(input.HoursWorked), input.HoursWorked is not null);
        if (checks.Failed)
            return CalculationOutcome.Invalid(checks.Errors);

        var wage = input.MonthlyWage!.Value;
        var result = new ResultBuilder(CalculationKind.Overtime)
            .Cite(LegalBasis.LaborLaw44, LegalBasis.WagePayment13, LegalBasis.WorkingTimeNotice)
            .Step("Step.SystemIs", Term.Of(input.System));
        if (input.System == WorkingTimeSystem.Flexible)
            return CalculationOutcome.Success(Flexible(input, result));

        var hourly = Money.Round(wage / PaidHoursPerMonth);
        result.Step("Step.HourlyWage", wage, hourly).Assume("Assume.OvertimeWageBase");
        var parts = new List<decimal>();
        if (input.System == WorkingTimeSystem.Comprehensive)
        {
            var standard = input.StandardHours ?? NoticeStandardHours(input.Period);
            result.Step("Step.PeriodStandardHours", Term.Of(input.Period), standard);
            if (input.StandardHours is null)
                result.Cite(LegalBasis.PublicHolidays2).Assume("Assume.StandardHoursFromNotice", standard);
            var worked = input.HoursWorked!.Value;
            var over = Math.Max(0m, worked - standard);
            result.Step("Step.ComprehensiveOver", worked, standard, over);
            parts.Add(Part(result, "Step.PayAt150", over, hourly, 1.5m));
            if (input.WeekdayOvertimeHours > 0 || input.RestDayHours > 0)
                result.Assume("Assume.ComprehensiveNoDailyOvertime");
        }
        else
        {
            parts.Add(Part(result, "Step.PayAt150", input.WeekdayOvertimeHours, hourly, 1.5m));
            parts.Add(Part(result, "Step.PayAt200", input.RestDayHours, hourly, 2m));
            if (input.RestDayHours > 0)
                result.Assume("Assume.RestDayNoTimeOff");
        }
        parts.Add(Part(result, "Step.PayAt300", input.HolidayHours, hourly, 3m));
        var total = parts.Sum();
        result.Step("Step.OvertimeTotal", total);
        var hours = input.System == WorkingTimeSystem.Comprehensive
            ? Math.Max(0m, input.HoursWorked!.Value - (input.StandardHours ?? NoticeStandardHours(input.Period))) + input.HolidayHours
            : input.WeekdayOvertimeHours + input.RestDayHours + input.HolidayHours;
        return CalculationOutcome.Success(result.Build(Note.Of("Summary.Overtime", total, hours, hourly), amount: total));
    }

    private static decimal Part(ResultBuilder result, string step, decimal hours, decimal hourly, decimal rate)
    {
        if (hours == 0)
            return 0m;
        var amount = Money.Round(hours * hourly * rate);
        result.Step(step, hours, hourly, amount);
        return amount;
    }

    private static CalculationResult Flexible(OvertimeInput input, ResultBuilder result)
    {
        result.Step("Step.FlexibleNoOvertime");
        if (input.HolidayHours > 0)
            result.Assume("Assume.FlexibleHolidayLocal", input.HolidayHours);
        return result.Build(Note.Of("Summary.OvertimeFlexible"), amount: 0m);
    }
}

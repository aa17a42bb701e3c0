namespace Assistant.Bot.Calculators;

/// <summary>
/// 带薪年休假: days by cumulative years (条例第三条), the exclusions of 第四条, the joining year (实施办法第五条) and the
/// leaving year (第十二条) pro rata, and pay for unused days at 300 % of the daily wage (条例第五条, 实施办法第十、十一条).
/// </summary>
public sealed class AnnualLeaveCalculator
{
    private const decimal DaysInYear = 365m;
    private const decimal PaidDaysPerMonth = 21.75m;

    public CalculationOutcome Calculate(AnnualLeaveInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = Validate(input);
        if (checks.Failed)
            return CalculationOutcome.Invalid(checks.Errors);

        var years = input.CumulativeYears!.Value;
        var result = new ResultBuilder(CalculationKind.AnnualLeave).Cite(LegalBasis.AnnualLeave3);
        var entitlement = years switch
        {
            < 1m => 0m,
            < 10m => 5m,
            < 20m => 10m,
            _ => 15m,
        };
        if (entitlement == 0)
        {
            result.Cite(LegalBasis.AnnualLeaveMeasures3).Step("Step.LeaveUnderOneYear", years);
            return CalculationOutcome.Success(result.Build(Note.Of("Summary.LeaveNone"), days: 0m));
        }
        result.Step("Step.LeaveEntitlement", years, entitlement);
        if (Exclusion(input, entitlement) is { } exclusion)
        {
            result.Cite(LegalBasis.AnnualLeave4).Step("Step.LeaveExcluded", exclusion);
            return CalculationOutcome.Success(result.Build(Note.Of("Summary.LeaveExcluded", exclusion), days: 0m));
        }

        var year = input.Year ?? input.LeftOn?.Year ?? input.JoinedOn?.Year;
        var joinedThisYear = input.JoinedOn is { } joined && joined.Year == year && joined > new DateOnly(joined.Year, 1, 1);
        decimal yearDays;
        decimal unused;
        if (input.LeftOn is { } left)
        {
            // 实施办法第十二条: (days passed in this company this year ÷ 365) × the year's days − days taken; part days are not paid.
            var from = joinedThisYear ? input.JoinedOn!.Value : new DateOnly(left.Year, 1, 1);
            var passed = left.DayNumber - from.DayNumber + 1;
            var share = Math.Round(passed / DaysInYear * entitlement, 2, MidpointRounding.ToZero);
            yearDays = entitlement;
            unused = Math.Max(0m, Math.Floor(passed / DaysInYear * entitlement - input.DaysTaken));
            result.Cite(LegalBasis.AnnualLeaveMeasures12)
                .Step("Step.LeaveLeavingYear", from, left, passed, entitlement, share, input.DaysTaken, unused);
            if (DateTime.IsLeapYear(left.Year))
                result.Assume("Assume.Leave365InLeapYear", left.Year);
            if (input.DaysTaken > passed / DaysInYear * entitlement)
                result.Assume("Assume.LeaveNotClawedBack");
        }
        else
        {
            if (joinedThisYear)
            {
                // 实施办法第五条: (calendar days left in the year from joining ÷ 365) × the year's days, part days dropped.
                var start = input.JoinedOn!.Value;
                var remaining = new DateOnly(start.Year, 12, 31).DayNumber - start.DayNumber + 1;
                yearDays = Math.Min(entitlement, Math.Floor(remaining / DaysInYear * entitlement));
                result.Cite(LegalBasis.AnnualLeaveMeasures5).Step("Step.LeaveJoiningYear", start, remaining, entitlement, yearDays)
                    .Assume("Assume.LeaveContinuousTwelveMonths");
            }
            else
            {
                yearDays = entitlement;
            }
            unused = Math.Max(0m, yearDays - input.DaysTaken);
            result.Step("Step.LeaveUnused", yearDays, input.DaysTaken, unused);
        }

        decimal? amount = null;
        if (unused > 0)
            amount = Pay(input, result, unused);
        return CalculationOutcome.Success(result.Build(
            amount is { } a ? Note.Of("Summary.LeavePaid", yearDays, unused, a) : Note.Of("Summary.Leave", yearDays, unused),
            amount: amount, days: unused));
    }

    private static InputChecks Validate(AnnualLeaveInput input)
    {
        var checks = new InputChecks();
        checks.Required(nameof(input.CumulativeYears), input.CumulativeYears is not null);
        checks.InRange(nameof(input.CumulativeYears), input.CumulativeYears, 0m, 60m);
        checks.Plausible(nameof(input.JoinedOn), input.JoinedOn);
        checks.Plausible(nameof(input.LeftOn), input.LeftOn);
        checks.NotBefore(nameof(input.LeftOn), input.LeftOn, nameof(input.JoinedOn), input.JoinedOn);
        if (input.Year is { } year && input.LeftOn is { } left && left.Year != year)
            checks.Add(nameof(input.LeftOn), "Error.NotInYear", year);
        checks.InRange(nameof(input.DaysTaken), input.DaysTaken, 0m, 366m);
        checks.Positive(nameof(input.MonthlyWage), input.MonthlyWage);
        checks.InRange(nameof(input.SickLeaveMonths), input.SickLeaveMonths, 0m, 12m);
        checks.InRange(nameof(input.PaidPersonalLeaveDays), input.PaidPersonalLeaveDays, 0m, 366m);
        checks.InRange(nameof(input.VacationDays), input.VacationDays, 0m, 366m);
        return checks;
    }

    /// <summary>条例第四条: the cases in which the year's leave is lost, or null.</summary>
    private static Note? Exclusion(AnnualLeaveInput input, decimal entitlement)
    {
        if (input.VacationDays > entitlement)
            return Note.Of("LeaveExclusion.Vacation", input.VacationDays, entitlement);
        if (input.PaidPersonalLeaveDays >= 20m)
            return Note.Of("LeaveExclusion.PersonalLeave", input.PaidPersonalLeaveDays);
        var sickLimit = entitlement switch
        {
            5m => 2m,
            10m => 3m,
            _ => 4m,
        };
        return input.SickLeaveMonths >= sickLimit ? Note.Of("LeaveExclusion.SickLeave", input.SickLeaveMonths, sickLimit) : null;
    }

    /// <summary>Unused days at 300 % of the daily wage, of which 100 % is the wage already paid for those days.</summary>
    private static decimal? Pay(AnnualLeaveInput input, ResultBuilder result, decimal unused)
    {
        result.Cite(LegalBasis.AnnualLeave5, LegalBasis.AnnualLeaveMeasures10, LegalBasis.AnnualLeaveMeasures11);
        if (input.MonthlyWage is not { } wage)
        {
            result.Lack(nameof(input.MonthlyWage), "Assume.LeaveWageMissing", unused);
            return null;
        }
        var daily = Money.Round(wage / PaidDaysPerMonth);
        var full = Money.Round(daily * unused * 3m);
        var owed = Money.Round(daily * unused * 2m);
        result.Step("Step.LeaveDailyWage", wage, daily)
            .Step("Step.LeavePay", unused, daily, full, owed)
            .Assume("Assume.LeaveDeclinedInWriting");
        return owed;
    }
}

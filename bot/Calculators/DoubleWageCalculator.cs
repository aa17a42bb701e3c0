namespace Assistant.Bot.Calculators;

/// <summary>
/// 未签书面劳动合同的二倍工资: from the day after the first month of work to the day before the contract was signed
/// (实施条例第六条), at most to the day before a full year (第七条: 11 months); the worker is owed the second wage of
/// each of those months.
/// </summary>
public sealed class DoubleWageCalculator
{
    private const decimal PaidDaysPerMonth = 21.75m;

    public CalculationOutcome Calculate(DoubleWageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = new InputChecks();
        checks.Required(nameof(input.FirstWorkDay), input.FirstWorkDay is not null);
        checks.Plausible(nameof(input.FirstWorkDay), input.FirstWorkDay);
        checks.Plausible(nameof(input.SignedOn), input.SignedOn);
        checks.Plausible(nameof(input.LastDayCounted), input.LastDayCounted);
        checks.NotBefore(nameof(input.SignedOn), input.SignedOn, nameof(input.FirstWorkDay), input.FirstWorkDay);
        checks.NotBefore(nameof(input.LastDayCounted), input.LastDayCounted, nameof(input.FirstWorkDay), input.FirstWorkDay);
        if (input.SignedOn is null)
            checks.Required(nameof(input.LastDayCounted), input.LastDayCounted is not null);
        checks.Required(nameof(input.MonthlyWage), input.MonthlyWage is not null);
        checks.Positive(nameof(input.MonthlyWage), input.MonthlyWage);
        if (checks.Failed)
            return CalculationOutcome.Invalid(checks.Errors);

        var first = input.FirstWorkDay!.Value;
        var wage = input.MonthlyWage!.Value;
        var result = new ResultBuilder(CalculationKind.DoubleWage)
            .Cite(LegalBasis.ContractLaw82, LegalBasis.Regulations6);
        var start = first.AddMonths(1);
        var yearEnd = first.AddYears(1).AddDays(-1);
        result.Step("Step.DoubleWageStart", first, start);

        var (end, reason) = End(input, yearEnd);
        if (end < start)
        {
            result.Step("Step.DoubleWageNone", input.SignedOn ?? end);
            return CalculationOutcome.Success(result.Build(Note.Of("Summary.DoubleWageNone"), amount: 0m, months: 0m));
        }
        result.Step("Step.DoubleWageEnd", end, new Term(reason));
        if (reason == "DoubleWageEnd.YearReached")
            result.Cite(LegalBasis.Regulations7).Assume("Assume.DeemedOpenEnded", first.AddYears(1).AddDays(-1));

        var period = ServiceLength.Between(start, end);
        var months = period.Years * 12 + period.Months;
        var full = Money.Round(wage * months);
        result.Step("Step.DoubleWageFullMonths", months, wage, full);
        var partial = 0m;
        if (period.Days > 0)
        {
            var partFrom = start.AddMonths(months);
            var paidDays = Weekdays(partFrom, end);
            var daily = Money.Round(wage / PaidDaysPerMonth);
            // A part month is paid by the day; 21.75 paid days a month can give more than a month for 23 weekdays,
            // and a part month is never worth more than a whole one.
            partial = Math.Min(Money.Round(daily * paidDays), wage);
            result.Cite(LegalBasis.WorkingTimeNotice)
                .Step("Step.DoubleWagePartMonth", partFrom, end, paidDays, wage, daily, partial)
                .Assume("Assume.PartMonthByWeekdays");
        }
        var amount = full + partial;
        result.Step("Step.DoubleWageTotal", full, partial, amount)
            .Assume("Assume.DoubleWageSecondWage")
            .Assume("Assume.DoubleWageTimeLimit");
        return CalculationOutcome.Success(result.Build(
            Note.Of("Summary.DoubleWage", amount, months, period.Days, start, end),
            amount: amount, days: period.Days, months: months, from: start, to: end));
    }

    private static (DateOnly End, string Reason) End(DoubleWageInput input, DateOnly yearEnd)
    {
        var candidates = new List<(DateOnly, string)> { (yearEnd, "DoubleWageEnd.YearReached") };
        if (input.SignedOn is { } signed)
            candidates.Add((signed.AddDays(-1), "DoubleWageEnd.Signed"));
        if (input.LastDayCounted is { } last)
            candidates.Add((last, "DoubleWageEnd.LastDay"));
        return candidates.MinBy(c => c.Item1);
    }

    /// <summary>Monday to Friday days from <paramref name="from"/> to <paramref name="to"/>: the paid days of a part month (statutory holidays are paid days too).</summary>
    private static int Weekdays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                count++;
        }
        return count;
    }
}

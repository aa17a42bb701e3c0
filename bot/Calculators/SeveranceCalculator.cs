namespace Assistant.Bot.Calculators;

/// <summary>
/// N (经济补偿, 劳动合同法第四十六、四十七条, 实施条例第二十七条), N+1 (第四十条, 实施条例第二十条) and 2N (第四十八、八十七条,
/// 实施条例第二十五条), with the years before 2008 split off as 第九十七条 requires.
/// </summary>
public sealed class SeveranceCalculator(RegionalFigures region)
{
    private const decimal CapMultiple = 3m;
    private const decimal CappedYears = 12m;
    private const int MaxWageMonths = 12;

    public CalculationOutcome Calculate(SeveranceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = Validate(input);
        if (checks.Failed)
            return CalculationOutcome.Invalid(checks.Errors);

        var kind = input.Kind switch
        {
            SeveranceKind.CompensationPlusNotice => CalculationKind.SeverancePlusNotice,
            SeveranceKind.UnlawfulTermination => CalculationKind.UnlawfulTermination,
            _ => CalculationKind.Severance,
        };
        var result = new ResultBuilder(kind);
        if (input.Kind != SeveranceKind.UnlawfulTermination && input.Ending is EndingReason.EmployeeResigned or EndingReason.MutualAgreementByEmployee)
        {
            result.Cite(LegalBasis.ContractLaw46).Step("Step.SeveranceNotDue", Term.Of(input.Ending));
            return CalculationOutcome.Success(result.Build(Note.Of("Summary.SeveranceNotDue", Term.Of(input.Ending)), amount: 0m, months: 0m));
        }

        var (average, wage) = MonthlyWage(input, result);
        var cap = Cap(wage, result);
        var paidWage = cap is { Binds: true } ? cap.Value.Amount : wage;
        return CalculationOutcome.Success(input.Kind == SeveranceKind.UnlawfulTermination
            ? Unlawful(input, result, wage, paidWage, cap)
            : Compensation(input, result, average, wage, paidWage, cap));
    }

    private static InputChecks Validate(SeveranceInput input)
    {
        var checks = new InputChecks();
        if (!Enum.IsDefined(input.Kind))
            checks.Add(nameof(input.Kind), "Error.Unknown");
        if (!Enum.IsDefined(input.Ending))
            checks.Add(nameof(input.Ending), "Error.Unknown");
        checks.Plausible(nameof(input.FirstWorkDay), input.FirstWorkDay);
        checks.Plausible(nameof(input.LastWorkDay), input.LastWorkDay);
        checks.NotBefore(nameof(input.LastWorkDay), input.LastWorkDay, nameof(input.FirstWorkDay), input.FirstWorkDay);
        if (input.FirstWorkDay is null != input.LastWorkDay is null)
            checks.Required(input.FirstWorkDay is null ? nameof(input.FirstWorkDay) : nameof(input.LastWorkDay), present: false);
        if (input.FirstWorkDay is null && input.LastWorkDay is null)
            checks.Required(nameof(input.Service), input.Service is not null);
        checks.Service(nameof(input.Service), input.Service);
        if (input.MonthlyWages is { } wages)
        {
            if (wages.Count is 0 or > MaxWageMonths)
                checks.Add(nameof(input.MonthlyWages), "Error.WageMonths", MaxWageMonths);
            else if (wages.Any(w => w <= 0))
                checks.Add(nameof(input.MonthlyWages), "Error.NotPositive");
        }
        else
        {
            checks.Required(nameof(input.AverageMonthlyWage), input.AverageMonthlyWage is not null);
            checks.Positive(nameof(input.AverageMonthlyWage), input.AverageMonthlyWage);
        }
        checks.Positive(nameof(input.LastMonthWage), input.LastMonthWage);
        return checks;
    }

    /// <summary>The average of the months given (实施条例第二十七条: the months worked when fewer than 12), raised to the minimum wage.</summary>
    private (decimal Average, decimal Wage) MonthlyWage(SeveranceInput input, ResultBuilder result)
    {
        result.Cite(LegalBasis.ContractLaw47);
        decimal average;
        if (input.MonthlyWages is { Count: > 0 } wages)
        {
            var sum = wages.Sum();
            average = Money.Round(sum / wages.Count);
            result.Step("Step.AverageOfMonths", wages.Count, sum, average);
            if (wages.Count < MaxWageMonths)
                result.Cite(LegalBasis.Regulations27).Assume("Assume.FewerThanTwelveMonths", wages.Count);
        }
        else
        {
            average = input.AverageMonthlyWage!.Value;
            result.Step("Step.AverageGiven", average);
        }

        if (region.MinimumMonthlyWage is not { } minimum)
        {
            result.Lack(nameof(RegionalFigures.MinimumMonthlyWage), "Assume.MinimumWageMissing", average);
            return (average, average);
        }
        result.UseFigure(nameof(RegionalFigures.MinimumMonthlyWage), minimum);
        if (average >= minimum.Value)
            return (average, average);
        result.Cite(LegalBasis.Regulations27).Step("Step.RaisedToMinimum", average, minimum.Value);
        return (average, minimum.Value);
    }

    /// <summary>Three times the city's average monthly wage of last year; null when the union has not set that figure.</summary>
    private (decimal Amount, bool Binds)? Cap(decimal wage, ResultBuilder result)
    {
        if (region.CityAverageMonthlyWage is not { } average)
        {
            result.Lack(nameof(RegionalFigures.CityAverageMonthlyWage), "Assume.CapUnknown", wage);
            return null;
        }
        result.UseFigure(nameof(RegionalFigures.CityAverageMonthlyWage), average);
        var cap = Money.Round(average.Value * CapMultiple);
        var binds = wage > cap;
        result.Step(binds ? "Step.WageCapped" : "Step.WageBelowCap", wage, average.Value, cap);
        return (cap, binds);
    }

    private static CalculationResult Unlawful(SeveranceInput input, ResultBuilder result, decimal wage, decimal paidWage, (decimal Amount, bool Binds)? cap)
    {
        result.Cite(LegalBasis.ContractLaw48, LegalBasis.ContractLaw87, LegalBasis.Regulations25);
        var service = WholeService(input, result);
        if (input.FirstWorkDay is { } first && first < OldCompensationRules.LawInForce)
            result.Assume("Assume.UnlawfulCountsFromFirstDay", first);
        var years = Years(service, cap, result);
        var single = Money.Round(paidWage * years);
        var amount = single * 2;
        result.Step("Step.Compensation", paidWage, years, single).Step("Step.Doubled", single, amount);
        if (input.Ending is not EndingReason.Unknown)
            result.Assume("Assume.UnlawfulEnding", Term.Of(input.Ending));
        AddCapVariants(result, wage, service.CompensationYears, cap, multiplier: 2);
        return result.Build(Note.Of("Summary.Unlawful", amount, years, paidWage), amount: amount, months: years * 2);
    }

    private CalculationResult Compensation(SeveranceInput input, ResultBuilder result, decimal average, decimal wage, decimal paidWage, (decimal Amount, bool Binds)? cap)
    {
        result.Cite(LegalBasis.ContractLaw46);
        AddEndingAssumptions(input.Ending, result);

        decimal oldAmount = 0m, oldMonths = 0m, newYears, uncertainOldAmount = 0m;
        decimal uncappedYears;
        if (input.FirstWorkDay is { } first && input.LastWorkDay is { } last && first < OldCompensationRules.LawInForce)
        {
            var split = new Pre2008Split(first, last);
            (oldMonths, oldAmount, var uncertain) = split.OldPart(input.Ending, wage, result);
            if (uncertain)
            {
                uncertainOldAmount = oldAmount;
                oldAmount = 0m;
                oldMonths = 0m;
            }
            var newPart = split.NewPart(result);
            newYears = newPart is null ? 0m : Years(newPart, cap, result);
            uncappedYears = newPart?.CompensationYears ?? 0m;
        }
        else
        {
            var service = WholeService(input, result);
            if (input.FirstWorkDay is null)
                result.Assume("Assume.NoStartDate");
            newYears = Years(service, cap, result);
            uncappedYears = service.CompensationYears;
        }

        var newAmount = Money.Round(paidWage * newYears);
        result.Step("Step.Compensation", paidWage, newYears, newAmount);
        var compensation = oldAmount + newAmount;
        if (oldAmount > 0)
            result.Step("Step.SumOfParts", oldAmount, newAmount, compensation);
        var months = oldMonths + newYears;
        AddCapVariants(result, wage, uncappedYears, cap, multiplier: 1, extra: oldAmount);
        if (uncertainOldAmount > 0)
            result.Variant(Note.Of("Variant.WithPre2008", uncertainOldAmount), compensation + uncertainOldAmount);

        if (input.Kind != SeveranceKind.CompensationPlusNotice)
            return result.Build(Note.Of("Summary.Severance", compensation, months, paidWage), amount: compensation, months: months);

        var extra = NoticeMonth(input, result, average);
        var total = compensation + extra;
        result.Step("Step.PlusNotice", compensation, extra, total);
        if (uncertainOldAmount > 0)
            result.Variant(Note.Of("Variant.WithPre2008PlusNotice", uncertainOldAmount), total + uncertainOldAmount);
        return result.Build(Note.Of("Summary.SeverancePlusNotice", total, compensation, extra), amount: total, months: months + (extra > 0 ? 1 : 0));
    }

    /// <summary>The extra month of 第四十条 at last month's wage (实施条例第二十条); only for the endings of 第四十条.</summary>
    private static decimal NoticeMonth(SeveranceInput input, ResultBuilder result, decimal average)
    {
        result.Cite(LegalBasis.ContractLaw40, LegalBasis.Regulations20);
        if (input.Ending is not (EndingReason.Unknown or EndingReason.IllnessOrInjury or EndingReason.Incompetence or EndingReason.ChangedCircumstances))
        {
            result.Step("Step.NoNoticeMonth", Term.Of(input.Ending));
            return 0m;
        }
        if (input.Ending == EndingReason.Unknown)
            result.Assume("Assume.NoticeMonthEnding");
        if (input.LastMonthWage is { } last)
        {
            result.Step("Step.NoticeMonth", last);
            return last;
        }
        result.Lack(nameof(input.LastMonthWage), "Assume.LastMonthWageMissing", average);
        result.Step("Step.NoticeMonth", average);
        return average;
    }

    private static void AddEndingAssumptions(EndingReason ending, ResultBuilder result)
    {
        switch (ending)
        {
            case EndingReason.Unknown:
                result.Assume("Assume.EndingCompensated");
                break;
            case EndingReason.FixedTermExpired:
                result.Assume("Assume.FixedTermRenewalOffer");
                break;
            default:
                result.Step("Step.EndingDue", Term.Of(ending));
                break;
        }
    }

    private static ServiceLength WholeService(SeveranceInput input, ResultBuilder result)
    {
        if (input.FirstWorkDay is { } first && input.LastWorkDay is { } last)
        {
            var service = ServiceLength.Between(first, last);
            result.Step("Step.ServiceFromDates", first, last, service.Years, service.Months, service.Days);
            return service;
        }
        var given = input.Service!;
        result.Step("Step.ServiceGiven", given.Years, given.Months, given.Days);
        return given;
    }

    /// <summary>Years as 第四十七条 rounds them, limited to 12 when the wage is capped.</summary>
    internal static decimal Years(ServiceLength service, (decimal Amount, bool Binds)? cap, ResultBuilder result)
    {
        var years = service.CompensationYears;
        result.Step(service.Months >= 6 ? "Step.YearsRoundedUp" : service.HasRemainder ? "Step.YearsHalf" : "Step.YearsWhole",
            service.Years, service.Months, service.Days, years);
        if (cap is not { Binds: true } || years <= CappedYears)
            return years;
        result.Step("Step.YearsCapped", years, CappedYears);
        return CappedYears;
    }

    private static void AddCapVariants(ResultBuilder result, decimal wage, decimal years, (decimal Amount, bool Binds)? cap, int multiplier, decimal extra = 0m)
    {
        if (cap is null)
        {
            // Without the city's average wage the cap cannot be checked: the amount stands uncapped, and the capped
            // reading is given as its rule (3 × the average × at most 12 years).
            result.Variant(Note.Of(multiplier == 2 ? "Variant.IfCappedDoubled" : "Variant.IfCapped", Math.Min(years, CappedYears)), null);
        }
        else if (cap.Value.Binds)
        {
            result.Variant(Note.Of("Variant.WithoutCap", wage, years), extra + Money.Round(wage * years) * multiplier);
        }
    }
}

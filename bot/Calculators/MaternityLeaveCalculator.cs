namespace Assistant.Bot.Calculators;

/// <summary>
/// 产假 (女职工劳动保护特别规定第七条): 98 days; +15 for a difficult birth; +15 for each extra baby; a miscarriage before
/// 4 months 15 days, from 4 months 42 days; plus the province's extra days when the union has set them.
/// </summary>
public sealed class MaternityLeaveCalculator(RegionalFigures region)
{
    private const int BaseDays = 98;
    private const int ExtraDays = 15;

    public CalculationOutcome Calculate(MaternityLeaveInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = new InputChecks();
        if (!Enum.IsDefined(input.Outcome))
            checks.Add(nameof(input.Outcome), "Error.Unknown");
        checks.InRange(nameof(input.Babies), input.Babies, 1m, 9m);
        if (input.Outcome == PregnancyOutcome.Miscarriage)
            checks.Required(nameof(input.PregnancyMonths), input.PregnancyMonths is not null);
        checks.InRange(nameof(input.PregnancyMonths), input.PregnancyMonths, 0m, 10m);
        checks.Plausible(nameof(input.StartDate), input.StartDate);
        if (checks.Failed)
            return CalculationOutcome.Invalid(checks.Errors);

        var result = new ResultBuilder(CalculationKind.MaternityLeave).Cite(LegalBasis.FemaleWorkers7);
        int days;
        if (input.Outcome == PregnancyOutcome.Miscarriage)
        {
            var months = input.PregnancyMonths!.Value;
            days = months < 4 ? 15 : 42;
            result.Step(months < 4 ? "Step.MiscarriageEarly" : "Step.MiscarriageLate", months, days);
        }
        else
        {
            days = BaseDays;
            result.Step("Step.MaternityBase", BaseDays);
            if (input.DifficultBirth)
            {
                days += ExtraDays;
                result.Step("Step.MaternityDifficult", ExtraDays, days);
            }
            if (input.Babies > 1)
            {
                var extra = (input.Babies - 1) * ExtraDays;
                days += extra;
                result.Step("Step.MaternityMultiple", input.Babies, input.Babies - 1, extra, days);
            }
            if (region.ExtraMaternityDays is { } local)
            {
                result.UseFigure(nameof(RegionalFigures.ExtraMaternityDays), local);
                days += (int)local.Value;
                result.Step("Step.MaternityLocal", (int)local.Value, days);
            }
            else
            {
                result.Lack(nameof(RegionalFigures.ExtraMaternityDays), "Assume.LocalExtraNotIncluded");
            }
            result.Assume("Assume.MaternityBeforeBirth");
        }
        DateOnly? to = input.StartDate?.AddDays(days - 1);
        if (input.StartDate is { } start)
            result.Step("Step.MaternityDates", start, to!.Value, days);
        result.Assume("Assume.MaternityCalendarDays");
        return CalculationOutcome.Success(result.Build(Note.Of("Summary.Maternity", days), days: days, from: input.StartDate, to: to));
    }
}

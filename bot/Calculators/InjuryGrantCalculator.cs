namespace Assistant.Bot.Calculators;

/// <summary>
/// 一次性伤残补助金 (工伤保险条例第三十五、三十六、三十七条): grades 1–10 earn 27, 25, 23, 21, 18, 16, 13, 11, 9, 7 months
/// of 本人工资, bounded to 60 %–300 % of the pooling region's average wage (第六十四条).
/// </summary>
public sealed class InjuryGrantCalculator(RegionalFigures region)
{
    private static readonly int[] MonthsByGrade = [27, 25, 23, 21, 18, 16, 13, 11, 9, 7];

    public CalculationOutcome Calculate(InjuryGrantInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = new InputChecks();
        checks.Required(nameof(input.Grade), input.Grade is not null);
        checks.InRange(nameof(input.Grade), input.Grade, 1m, 10m);
        checks.Required(nameof(input.MonthlyWage), input.MonthlyWage is not null);
        checks.Positive(nameof(input.MonthlyWage), input.MonthlyWage);
        if (checks.Failed)
            return CalculationOutcome.Invalid(checks.Errors);

        var grade = input.Grade!.Value;
        var wage = input.MonthlyWage!.Value;
        var months = MonthsByGrade[grade - 1];
        var article = grade switch
        {
            <= 4 => LegalBasis.Injury35,
            <= 6 => LegalBasis.Injury36,
            _ => LegalBasis.Injury37,
        };
        var result = new ResultBuilder(CalculationKind.InjuryGrant)
            .Cite(article, LegalBasis.Injury64)
            .Step("Step.InjuryMonths", grade, months)
            .Assume("Assume.InjuryWageMeaning");

        var basis = wage;
        if (region.PoolingAverageMonthlyWage is { } average)
        {
            result.UseFigure(nameof(RegionalFigures.PoolingAverageMonthlyWage), average);
            var floor = Money.Round(average.Value * 0.6m);
            var ceiling = Money.Round(average.Value * 3m);
            result.Step("Step.InjuryBounds", average.Value, floor, ceiling);
            if (wage < floor)
            {
                basis = floor;
                result.Step("Step.InjuryRaised", wage, floor);
            }
            else if (wage > ceiling)
            {
                basis = ceiling;
                result.Step("Step.InjuryLowered", wage, ceiling);
            }
            else
            {
                result.Step("Step.InjuryWithinBounds", wage);
            }
        }
        else
        {
            result.Lack(nameof(RegionalFigures.PoolingAverageMonthlyWage), "Assume.InjuryBoundsUnknown", wage)
                .Variant(Note.Of("Variant.InjuryBounded", months), null);
        }
        var amount = Money.Round(basis * months);
        result.Step("Step.InjuryAmount", basis, months, amount);
        if (grade >= 5)
            result.Assume("Assume.InjuryOtherLumpSums");
        result.Assume("Assume.InjuryFromFund");
        return CalculationOutcome.Success(result.Build(Note.Of("Summary.InjuryGrant", amount, grade, months, basis), amount: amount, months: months));
    }
}

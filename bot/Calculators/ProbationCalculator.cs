namespace Assistant.Bot.Calculators;

/// <summary>
/// 试用期: the longest lawful probation for a contract (劳动合同法第十九条) and the lowest lawful probation wage (第二十条,
/// 实施条例第十五条): 80 % of the agreed wage, not below the local minimum wage.
/// </summary>
public sealed class ProbationCalculator(RegionalFigures region)
{
    private const decimal ProbationShare = 0.8m;

    public CalculationOutcome Calculate(ProbationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = new InputChecks();
        if (!Enum.IsDefined(input.Contract))
            checks.Add(nameof(input.Contract), "Error.Unknown");
        if (input.Contract == ContractType.FixedTerm)
            checks.Required(nameof(input.TermMonths), input.TermMonths is not null);
        checks.InRange(nameof(input.TermMonths), input.TermMonths, 1m, 600m);
        checks.Positive(nameof(input.AgreedMonthlyWage), input.AgreedMonthlyWage);
        checks.Positive(nameof(input.LowestGradeWage), input.LowestGradeWage);
        if (checks.Failed)
            return CalculationOutcome.Invalid(checks.Errors);

        var result = new ResultBuilder(CalculationKind.Probation).Cite(LegalBasis.ContractLaw19);
        var months = Limit(input, result);
        result.Assume("Assume.OneProbationOnly");
        if (months == 0)
            return CalculationOutcome.Success(result.Build(Note.Of("Summary.ProbationNone"), months: 0m));

        if (input.AgreedMonthlyWage is not { } agreed)
        {
            result.Lack(nameof(input.AgreedMonthlyWage), "Assume.ProbationWageNeedsAgreed");
            return CalculationOutcome.Success(result.Build(Note.Of("Summary.ProbationMonths", months), months: months));
        }
        result.Cite(LegalBasis.ContractLaw20, LegalBasis.Regulations15);
        var lowest = Money.Round(agreed * ProbationShare);
        result.Step("Step.ProbationEighty", agreed, lowest);
        if (region.MinimumMonthlyWage is { } minimum)
        {
            result.UseFigure(nameof(RegionalFigures.MinimumMonthlyWage), minimum);
            if (lowest < minimum.Value)
            {
                result.Step("Step.RaisedToMinimum", lowest, minimum.Value);
                lowest = minimum.Value;
            }
        }
        else
        {
            result.Lack(nameof(RegionalFigures.MinimumMonthlyWage), "Assume.ProbationMinimumMissing", lowest);
        }
        if (input.LowestGradeWage is { } grade)
            result.Step("Step.ProbationLowestGrade", grade, Money.Round(grade * ProbationShare));
        else
            result.Assume("Assume.ProbationLowestGradeUnknown");
        return CalculationOutcome.Success(result.Build(Note.Of("Summary.Probation", months, lowest), amount: lowest, months: months));
    }

    /// <summary>第十九条: none under 3 months or for a task; 1 month under a year; 2 under 3 years; 6 from 3 years or open-ended (以上 includes the number).</summary>
    private static int Limit(ProbationInput input, ResultBuilder result)
    {
        switch (input.Contract)
        {
            case ContractType.TaskBased:
                result.Step("Step.ProbationTask");
                return 0;
            case ContractType.OpenEnded:
                result.Step("Step.ProbationOpenEnded", 6);
                return 6;
        }
        var term = input.TermMonths!.Value;
        var months = term switch
        {
            < 3 => 0,
            < 12 => 1,
            < 36 => 2,
            _ => 6,
        };
        result.Step(months == 0 ? "Step.ProbationTooShort" : "Step.ProbationForTerm", term, months);
        return months;
    }
}

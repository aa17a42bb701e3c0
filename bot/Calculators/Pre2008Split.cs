namespace Assistant.Bot.Calculators;

/// <summary>
/// 劳动合同法第九十七条第三款: for employment that began before 2008-01-01, compensation under the Labor Contract Law
/// counts the years from 2008-01-01; the years before count only where the rules of the time paid compensation for
/// that kind of ending, and as those rules counted them.
/// </summary>
internal sealed class Pre2008Split(DateOnly first, DateOnly last)
{
    /// <summary>
    /// The months and amount of the years before 2008 at <paramref name="wage"/>. Uncertain is true when the old rules'
    /// position on this ending is not one we can state: the caller keeps the part out of the main amount and shows it
    /// as a variant.
    /// </summary>
    public (decimal Months, decimal Amount, bool Uncertain) OldPart(EndingReason ending, decimal wage, ResultBuilder result)
    {
        var oldEnd = last < OldCompensationRules.LawInForce ? last : OldCompensationRules.LawInForce.AddDays(-1);
        var part = ServiceLength.Between(first, oldEnd);
        result.Cite(LegalBasis.ContractLaw97, LegalBasis.OldCompensationRules)
            .Assume("Assume.OldRulesNotBundled")
            .Step("Step.OldPart", first, oldEnd, part.Years, part.Months, part.Days);

        var (coverage, provision, twelveMonthLimit) = OldCompensationRules.For(ending);
        switch (coverage)
        {
            case OldRuleCoverage.NotPaid:
                result.Step("Step.OldPartNotPaid", Term.Of(ending));
                return (0m, 0m, false);
            case OldRuleCoverage.Paid:
            {
                var unlimited = OldCompensationRules.Months(part, twelveMonthLimit: false);
                var months = OldCompensationRules.Months(part, twelveMonthLimit);
                var amount = Money.Round(wage * months);
                result.Step(part.HasRemainder ? "Step.OldPartPaid" : "Step.OldPartPaidWhole", provision!, part.Years, unlimited, wage, months, amount)
                    .Assume("Assume.OldPartWage");
                if (months < unlimited)
                    result.Step("Step.OldPartLimited", unlimited, months);
                if (ending == EndingReason.IllnessOrInjury)
                    result.Assume("Assume.OldMedicalAllowance");
                return (months, amount, false);
            }
            default:
            {
                var months = OldCompensationRules.Months(part, twelveMonthLimit: false);
                var amount = Money.Round(wage * months);
                result.Step("Step.OldPartUncertain", Term.Of(ending), months, wage, amount)
                    .Assume("Assume.OldRulesUncertain", Term.Of(ending));
                return (months, amount, true);
            }
        }
    }

    /// <summary>The part from 2008-01-01 to the last day, or null when the employment ended before 2008.</summary>
    public ServiceLength? NewPart(ResultBuilder result)
    {
        if (last < OldCompensationRules.LawInForce)
        {
            result.Step("Step.EndedBefore2008");
            return null;
        }
        var part = ServiceLength.Between(OldCompensationRules.LawInForce, last);
        result.Step("Step.NewPart", OldCompensationRules.LawInForce, last, part.Years, part.Months, part.Days);
        return part;
    }
}

namespace Assistant.Bot.Calculators;

/// <summary>
/// The years before 2008-01-01 under 违反和解除劳动合同的经济补偿办法 (劳部发〔1994〕481号), as 劳动合同法第九十七条
/// requires. Its text is not in the bundled laws, so every result that uses it says so.
/// </summary>
internal static class OldCompensationRules
{
    /// <summary>The day the Labor Contract Law took effect.</summary>
    public static readonly DateOnly LawInForce = new(2008, 1, 1);

    /// <summary>What the old rules said about an ending, and the provision (a resource term) that said it.</summary>
    public static (OldRuleCoverage Coverage, Term? Provision, bool TwelveMonthLimit) For(EndingReason ending) => ending switch
    {
        // 第五条: 协商一致由用人单位解除 — one month a year, at most twelve.
        EndingReason.MutualAgreementByEmployer => (OldRuleCoverage.Paid, new Term("OldRule.Agreement"), true),
        // 第六条: unfit after illness or non-work injury — one month a year (plus a medical allowance not computed here).
        EndingReason.IllnessOrInjury => (OldRuleCoverage.Paid, new Term("OldRule.Illness"), false),
        // 第七条: not competent — one month a year, at most twelve.
        EndingReason.Incompetence => (OldRuleCoverage.Paid, new Term("OldRule.Incompetence"), true),
        // 第八条: changed circumstances — one month a year.
        EndingReason.ChangedCircumstances => (OldRuleCoverage.Paid, new Term("OldRule.Changed"), false),
        // 第九条: layoff — one month a year.
        EndingReason.Layoff => (OldRuleCoverage.Paid, new Term("OldRule.Layoff"), false),
        // A fixed-term contract simply expiring earned nothing under the old rules.
        EndingReason.FixedTermExpired => (OldRuleCoverage.NotPaid, null, false),
        // Resigning for the employer's fault, closure and an unknown ending depend on rules and local practice we
        // cannot read here: shown both ways, never guessed.
        _ => (OldRuleCoverage.Uncertain, null, false),
    };

    /// <summary>
    /// Months for the pre-2008 part: one a full year, and a remainder under a year counts as a year (工作时间不满一年的按一年的标准发给).
    /// </summary>
    public static int Months(ServiceLength part, bool twelveMonthLimit)
    {
        var months = part.Years + (part.HasRemainder ? 1 : 0);
        return twelveMonthLimit ? Math.Min(months, 12) : months;
    }
}

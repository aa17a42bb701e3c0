namespace Assistant.Bot.Calculators;

/// <summary>Whether the rules before 2008 paid compensation for a kind of ending.</summary>
internal enum OldRuleCoverage
{
    Paid,
    NotPaid,
    Uncertain,
}

namespace Assistant.Bot.Calculators;

/// <summary>
/// What a calculator found. Only the quantities that apply are set: money in <see cref="Amount"/> (yuan, 0.01),
/// lengths of time in <see cref="Days"/> or <see cref="Months"/>, and a period or a last day in <see cref="From"/> and
/// <see cref="To"/>.
/// </summary>
/// <param name="Kind">Which calculation.</param>
/// <param name="Summary">One sentence with the answer.</param>
/// <param name="Amount">Money owed, in yuan.</param>
/// <param name="Days">Days (leave).</param>
/// <param name="Months">Months (compensation months N, probation, medical period, double-wage months).</param>
/// <param name="From">First day of the period, when there is one.</param>
/// <param name="To">Last day of the period, or the last day to act.</param>
/// <param name="Steps">The arithmetic, each step with its numbers.</param>
/// <param name="Basis">The rules relied on, in order of use.</param>
/// <param name="Assumptions">What the calculation took for granted, and what it could not know.</param>
/// <param name="MissingFigures">Inputs or regional figures that would change the result and were not given (field names).</param>
/// <param name="Variants">The result under other readings (without the cap, with the pre-2008 years …).</param>
/// <param name="UsesSampleFigures">A regional figure used is a bundled sample, not the union's own.</param>
public sealed record CalculationResult(
    CalculationKind Kind,
    Note Summary,
    decimal? Amount,
    decimal? Days,
    decimal? Months,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Note> Steps,
    IReadOnlyList<LegalReference> Basis,
    IReadOnlyList<Note> Assumptions,
    IReadOnlyList<string> MissingFigures,
    IReadOnlyList<ResultVariant> Variants,
    bool UsesSampleFigures)
{
    /// <summary>The article keys of <see cref="Basis"/>.</summary>
    public IReadOnlyList<string> BasisKeys => Basis.Select(b => b.Key).ToList();
}

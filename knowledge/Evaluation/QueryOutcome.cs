using Assistant.Knowledge.Search;

namespace Assistant.Knowledge.Evaluation;

/// <summary>How one evaluation question fared.</summary>
/// <param name="Query">The question.</param>
/// <param name="Ranked">The article keys returned, best first.</param>
/// <param name="FirstRelevantRank">1-based rank of the first relevant key, null when none was returned.</param>
/// <param name="RecallAt">Recall at each requested cut-off.</param>
/// <param name="Support">The searcher's support verdict for the question.</param>
public sealed record QueryOutcome(
    QrelsQuery Query, IReadOnlyList<string> Ranked, int? FirstRelevantRank, IReadOnlyDictionary<int, double> RecallAt,
    SupportLevel Support = SupportLevel.None);

using Assistant.Knowledge.Search;

namespace Assistant.Knowledge.Evaluation;

/// <summary>Averages over a set of questions.</summary>
/// <param name="Queries">How many questions were scored.</param>
/// <param name="RecallAt">Mean recall at each cut-off.</param>
/// <param name="Mrr10">Mean reciprocal rank within the first 10.</param>
public sealed record EvaluationScores(int Queries, IReadOnlyDictionary<int, double> RecallAt, double Mrr10);

/// <summary>The result of evaluating an index against a qrels file.</summary>
/// <param name="All">Scores over every question.</param>
/// <param name="Labor">Scores over the labor subset.</param>
/// <param name="Outcomes">Each question's outcome, in file order.</param>
public sealed record EvaluationReport(EvaluationScores All, EvaluationScores Labor, IReadOnlyList<QueryOutcome> Outcomes)
{
    /// <summary>How far the support verdict can be trusted: per verdict, how many questions got it and how many of those
    /// had a relevant article among the first <see cref="SupportCalibration.Depth"/> hits (what an answer would quote).</summary>
    public IReadOnlyList<SupportCalibration> Support { get; } = SupportCalibration.Of(Outcomes);
}

/// <summary>One support verdict over an evaluation set.</summary>
/// <param name="Level">The verdict.</param>
/// <param name="Queries">Questions that got it.</param>
/// <param name="RelevantShown">Of those, questions with a relevant article among the first <see cref="Depth"/> hits.</param>
public sealed record SupportCalibration(SupportLevel Level, int Queries, int RelevantShown)
{
    /// <summary>The hits an answer quotes or lists.</summary>
    public const int Depth = 5;

    /// <summary>Share of the verdict's questions whose answer would have shown a relevant article.</summary>
    public double Precision => Queries == 0 ? 0 : (double)RelevantShown / Queries;

    /// <summary>Counts per verdict, strongest first; every verdict listed, even when no question got it.</summary>
    public static IReadOnlyList<SupportCalibration> Of(IReadOnlyList<QueryOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return [.. new[] { SupportLevel.Strong, SupportLevel.Weak, SupportLevel.None }.Select(level =>
        {
            var got = outcomes.Where(o => o.Support == level).ToList();
            return new SupportCalibration(level, got.Count, got.Count(o => o.FirstRelevantRank is <= Depth));
        })];
    }
}

using Assistant.Knowledge.Search;

namespace Assistant.Knowledge.Evaluation;

/// <summary>Runs every question of a qrels file through the searcher and scores the ranked article keys.</summary>
public sealed class Evaluator
{
    private readonly KnowledgeSearcher _searcher;

    /// <summary>Evaluates with the given searcher.</summary>
    public Evaluator(KnowledgeSearcher searcher) => _searcher = searcher;

    /// <summary>Scores the questions at the cut-offs <paramref name="cutoffs"/> (MRR is always at 10), each searched
    /// with its expansion from <paramref name="expansions"/> when it has one, and with its vector from
    /// <paramref name="vectors"/> (one per question, in order) when they are given.</summary>
    public EvaluationReport Evaluate(
        IReadOnlyList<QrelsQuery> queries,
        IReadOnlyList<int> cutoffs,
        IProgress<int>? done,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? expansions = null,
        IReadOnlyList<float[]>? vectors = null)
    {
        if (vectors is not null)
            ArgumentOutOfRangeException.ThrowIfNotEqual(vectors.Count, queries.Count);
        var depth = Math.Max(10, cutoffs.DefaultIfEmpty(10).Max());
        var outcomes = new QueryOutcome[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var query = queries[i];
            var expansion = expansions?.GetValueOrDefault(query.Id);
            // Guide sections give way to the articles they cite, which need room of their own.
            var result = _searcher.Search(new SearchRequest(query.Query, 2 * depth, Expansion: expansion, QuestionVector: vectors?[i]), cancellationToken);
            var ranked = RankedLaw(result.Hits).Take(depth).ToList();
            var relevant = query.Relevant.ToHashSet(StringComparer.Ordinal);
            var first = ranked.FindIndex(relevant.Contains);
            var recall = cutoffs.ToDictionary(k => k, k => RetrievalMetrics.RecallAt(ranked, relevant, k));
            outcomes[i] = new QueryOutcome(query, ranked, first >= 0 ? first + 1 : null, recall, result.Support.Level);
            done?.Report(1);
        });
        return new EvaluationReport(
            Score(outcomes, cutoffs),
            Score(outcomes.Where(o => o.Query.Labor).ToList(), cutoffs),
            outcomes);
    }

    /// <summary>What a worker is shown as law, in order: the article keys of the hits, a guide section standing for the
    /// articles it cites (which follow it in the hits, in its order).</summary>
    public static IEnumerable<string> RankedLaw(IEnumerable<SearchHit> hits) =>
        hits.Where(h => h.Cites.Count == 0).Select(h => h.ArticleKey);

    /// <summary>Averages outcomes.</summary>
    public static EvaluationScores Score(IReadOnlyList<QueryOutcome> outcomes, IReadOnlyList<int> cutoffs)
    {
        if (outcomes.Count == 0)
            return new EvaluationScores(0, cutoffs.ToDictionary(k => k, _ => 0.0), 0);
        var recall = cutoffs.ToDictionary(k => k, k => outcomes.Average(o => o.RecallAt[k]));
        var mrr = outcomes.Average(o => o.FirstRelevantRank is { } rank && rank <= 10 ? 1.0 / rank : 0);
        return new EvaluationScores(outcomes.Count, recall, mrr);
    }
}

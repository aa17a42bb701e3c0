namespace Assistant.Knowledge.Evaluation;

/// <summary>The arithmetic of retrieval quality, on ranked lists of distinct article keys.</summary>
public static class RetrievalMetrics
{
    /// <summary>Share of the relevant keys found in the first <paramref name="k"/> results (0 when nothing is relevant).</summary>
    public static double RecallAt(IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant, int k)
    {
        if (relevant.Count == 0)
            return 0;
        var top = ranked.Take(k).ToHashSet(StringComparer.Ordinal);
        return (double)relevant.Count(top.Contains) / relevant.Count;
    }

    /// <summary>1 / rank of the first relevant key within the first <paramref name="k"/> results, else 0.</summary>
    public static double ReciprocalRankAt(IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant, int k)
    {
        var set = relevant as IReadOnlySet<string> ?? relevant.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (set.Contains(ranked[i]))
                return 1.0 / (i + 1);
        }
        return 0;
    }

    /// <summary>The value at quantile <paramref name="q"/> (0–1) of a sorted list, by nearest rank.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0)
            return 0;
        var rank = (int)Math.Ceiling(q * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}

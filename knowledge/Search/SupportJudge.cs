using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Search;

/// <summary>
/// Decides whether the hits support an answer. An article must contain most of what the question is about:
/// coverage is the share of the question's content (after filler words are removed) found in the best few hits,
/// counting a colloquial word as found when its statute term is. Agreement (the top hits coming from one document)
/// is reported for the bot's use. Coverage alone is fooled by character pairs that cross word boundaries
/// (帮我<b>写一</b>首诗 matches 书<b>写一</b>份), so a Strong verdict also needs domain evidence: a glossary word of the
/// question (or its statute term) in the hits, or a phrase of the question found whole in a hit, four characters long
/// (three in the union's own rules and guides: they speak of 网格员 and 会员证, words no glossary of the law has); Weak
/// needs that or two separate matched runs. Thresholds are calibrated on the dev sets against off-topic questions
/// (docs/benchmarks.md).
/// </summary>
internal sealed class SupportJudge
{
    /// <summary>How many of the best hits the verdict looks at.</summary>
    internal const int JudgedHits = 3;
    private const double StrongCoverage = 0.6;
    private const double WeakCoverage = 0.34;
    // Three characters still cross word boundaries by chance across the national corpus (长城有多长 meets 长城有关,
    // 中国有多少个省 meets 中国有); four did not in the off-topic set. The union's own rules and guides are few and speak
    // their own words, so there three characters (网格员, 会员证) are already a term of theirs.
    private const int EvidencePhraseLength = 4;
    private const int OwnDocumentEvidencePhraseLength = 3;

    public SupportJudgment Judge(IReadOnlyList<SearchHit> hits, IReadOnlyList<Highlight> highlights, bool exactReference, bool englishQuestion = false)
    {
        if (exactReference && hits.Count > 0 && hits[0].IsExactReference)
            return new SupportJudgment(SupportLevel.Strong, 1, Agreement(hits), "exact-reference");
        if (hits.Count == 0)
            return new SupportJudgment(SupportLevel.None, 0, 0, "no-hits");
        var judged = highlights.Take(JudgedHits).ToList();
        if (judged.Count == 0 || judged[0].ContentSize == 0)
            return new SupportJudgment(SupportLevel.None, 0, 0, "no-content");

        // Union of what the best few hits cover: an answer may rest on two articles together.
        var size = judged[0].Covered.Length;
        var union = new bool[size];
        foreach (var highlight in judged.Where(h => h.Covered.Length == size))
        {
            for (var i = 0; i < size; i++)
                union[i] |= highlight.Covered[i];
        }
        var coveredCount = union.Count(c => c);
        var coverage = Math.Min(1.0, judged[0].Coverage > 0 && judged[0].ContentSize > 0
            ? Math.Max(judged[0].Coverage, (double)coveredCount / judged[0].ContentSize)
            : 0);
        var agreement = Agreement(hits);
        var domain = judged.Select((highlight, i) => highlight.DomainMatch || highlight.LongestRun >= EvidenceLength(hits[i].Kind)).Any(d => d);
        var separateRuns = judged.Max(h => h.Runs) >= 2;
        // An English question has a handful of content words, so three hits together cover most short questions by
        // chance: Strong needs one article that covers them itself.
        var strongCoverage = englishQuestion ? judged[0].Coverage : coverage;
        if (strongCoverage >= StrongCoverage && domain)
            return new SupportJudgment(SupportLevel.Strong, coverage, agreement, "covered");
        if (coverage >= WeakCoverage && (domain || separateRuns))
            return new SupportJudgment(SupportLevel.Weak, coverage, agreement, "partly-covered");
        return new SupportJudgment(SupportLevel.None, coverage, agreement, coverage >= WeakCoverage ? SupportJudgment.NoDomainEvidence : "not-covered");
    }

    private static int EvidenceLength(DocumentKind kind) =>
        kind is DocumentKind.UnionRule or DocumentKind.CompanyPolicy or DocumentKind.Guide ? OwnDocumentEvidencePhraseLength : EvidencePhraseLength;

    private static double Agreement(IReadOnlyList<SearchHit> hits)
    {
        var top = hits.Take(5).ToList();
        return top.Count == 0 ? 0 : (double)top.Count(h => h.DocumentId == top[0].DocumentId) / top.Count;
    }
}

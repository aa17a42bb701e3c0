namespace Assistant.Knowledge.Search;

/// <summary>The searcher's judgment of whether its hits support an answer.</summary>
/// <param name="Level">The verdict.</param>
/// <param name="Coverage">Share (0–1) of the question's content found in the top articles.</param>
/// <param name="Agreement">Share (0–1) of the top articles that come from the best hit's document.</param>
/// <param name="Reason">A short machine-readable reason: <c>exact-reference</c>, <c>covered</c>, <c>partly-covered</c>,
/// <c>not-covered</c>, <c>no-domain-evidence</c>, <c>no-hits</c>, <c>no-content</c>, <c>no-index</c>.</param>
public sealed record SupportJudgment(SupportLevel Level, double Coverage, double Agreement, string Reason)
{
    /// <summary>The reason given when words of the question were found, but nothing says the question is about the
    /// law or the union: the matches are chance.</summary>
    public const string NoDomainEvidence = "no-domain-evidence";

    /// <summary>True when the matches were judged to be chance.</summary>
    public bool IsChance => Reason == NoDomainEvidence;
}

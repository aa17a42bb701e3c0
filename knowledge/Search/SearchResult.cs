using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Search;

/// <summary>The answer of one search.</summary>
/// <param name="Hits">Distinct articles, best first; an exactly referenced article comes first.</param>
/// <param name="Support">Whether the hits support an answer.</param>
/// <param name="QuestionLanguage">The language the question was detected to be in.</param>
/// <param name="Reference">The article reference found in the question, if any.</param>
/// <param name="Generation">The index generation that answered.</param>
public sealed record SearchResult(
    IReadOnlyList<SearchHit> Hits,
    SupportJudgment Support,
    DocumentLanguage QuestionLanguage,
    ArticleReference? Reference,
    string? Generation);

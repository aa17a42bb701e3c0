namespace Assistant.Knowledge.Search;

/// <summary>A question to search for.</summary>
/// <param name="Question">The user's text, as typed; any content is accepted.</param>
/// <param name="Limit">How many distinct articles to return (1–1000).</param>
/// <param name="Filters">Restrictions, if any.</param>
/// <param name="Expansion">Words written for the question by a language model (the legal terms it involves), when one
/// is deployed. They rank articles that use them higher, weighted by <see cref="RankingOptions.ModelExpansionBoost"/>,
/// but the support judgment and the highlighted terms stay the question's own: a model's words can't make an article
/// look like an answer. When the question alone earns a better verdict, that verdict stands with the articles it was
/// judged on first; a question citing an article ignores the expansion.</param>
/// <param name="QuestionVector">The question's embedding, by the model the live index's vectors were made with
/// (<see cref="KnowledgeSearcher.EmbeddingModel"/>). Articles close to it in meaning are ranked with the ones that share
/// its words (<see cref="RankingOptions.DenseWeight"/>); like an expansion, it never changes the verdict for the worse.
/// Ignored when the index has no vectors or their length differs.</param>
public sealed record SearchRequest(
    string Question, int Limit = 10, SearchFilters? Filters = null, string? Expansion = null, float[]? QuestionVector = null);

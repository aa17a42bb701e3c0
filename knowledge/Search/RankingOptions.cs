namespace Assistant.Knowledge.Search;

/// <summary>
/// Weights of the retrieval model. The defaults were chosen on the dev evaluation sets (docs/benchmarks.md records
/// the runs); they are options so evaluation can compare variants without rebuilding the index.
/// </summary>
/// <param name="BigramBoost">Weight of a question bigram in the uni+bigram field.</param>
/// <param name="UnigramBoost">Weight of a single character in the uni+bigram field.</param>
/// <param name="GlossaryBoost">Weight of a glossary word (or its statute term) in the glossary field.</param>
/// <param name="ExpansionBoost">Weight of the bigrams of statute terms a colloquial word maps to.</param>
/// <param name="EnglishExpansionBoost">Weight of a term of the wording an everyday English phrase stands for.</param>
/// <param name="ModelExpansionBoost">Weight, relative to the question's own, of the terms of a model-written expansion
/// (<see cref="SearchRequest.Expansion"/>).</param>
/// <param name="MentionedLawBoost">Weight of an exact match of a law the question names.</param>
/// <param name="AmendedFactor">Score multiplier of a superseded version.</param>
/// <param name="RepealedFactor">Score multiplier of a repealed document.</param>
/// <param name="DocumentWeight">Share of a document's best evidence added to each of its articles.</param>
/// <param name="Candidates">How many more candidates than requested hits are ranked before de-duplication.</param>
/// <param name="MaxQueryTerms">Cap on distinct query terms, so very long input stays fast.</param>
/// <param name="AuthorityStep">Score discount per step down the hierarchy of legal sources (law, then regulations and
/// interpretations, then rules): ordinary questions are answered first by the law itself.</param>
/// <param name="TextK1">BM25 k1 of the text fields.</param>
/// <param name="TextB">BM25 length normalisation of the uni+bigram field.</param>
/// <param name="GlossaryB">BM25 length normalisation of the glossary field.</param>
/// <param name="MaxUnigramShare">Single characters found in more than this share of articles are left out of the query:
/// their weight is small and their posting lists are the longest, so they cost most of the search time.</param>
/// <param name="DenseWeight">Share of the embedding similarity in the ranking when the question comes with a vector
/// (<see cref="SearchRequest.QuestionVector"/>): each candidate's lexical score and its similarity are scaled to 0–1 over
/// the candidates and mixed by this share. 0.5 weighs the two alike; no model was available to tune it, so a deployment
/// measures it with <c>indexer eval</c>.</param>
/// <param name="QuestionBoost">Weight of a match in a guide section's question (its heading and other phrasings),
/// relative to the same term in the text.</param>
/// <param name="GuideCoverage">Share of the question's content a guide section must hold to bring the articles it cites
/// into the hits; below it, the section is a hit of its own words only.</param>
/// <param name="UnionRuleBoost">Score multiplier of the union's own rules for a question that speaks of the union
/// (工会, 会员, 会费, union dues…).</param>
public sealed record RankingOptions(
    float BigramBoost = 1.0f,
    float UnigramBoost = 0.3f,
    float GlossaryBoost = 0.3f,
    float ExpansionBoost = 0.4f,
    float EnglishExpansionBoost = 0.6f,
    float ModelExpansionBoost = 1.0f,
    float MentionedLawBoost = 2.0f,
    float AmendedFactor = 0.6f,
    float RepealedFactor = 0.5f,
    float DocumentWeight = 0.15f,
    int Candidates = 60,
    int MaxQueryTerms = 256,
    float AuthorityStep = 0.3f,
    float TextK1 = 1.2f,
    float TextB = 0.75f,
    float GlossaryB = 0.5f,
    float MaxUnigramShare = 0.05f,
    float DenseWeight = 0.5f,
    float QuestionBoost = 0.5f,
    double GuideCoverage = 0.25,
    float UnionRuleBoost = 2.0f)
{
    /// <summary>The tuned defaults.</summary>
    public static RankingOptions Default { get; } = new();
}

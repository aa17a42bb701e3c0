using Assistant.Knowledge.Analysis;

namespace Assistant.Knowledge.Search;

/// <summary>A question after normalisation and analysis, shared by query building, highlighting and judging.</summary>
/// <param name="Normalized">The normalised question.</param>
/// <param name="ChineseTerms">Uni- and bigrams of a Chinese question.</param>
/// <param name="GlossaryTerms">Glossary-field terms of a Chinese question.</param>
/// <param name="ExpansionTerms">Bigrams of the statute terms a Chinese question's colloquial words stand for.</param>
/// <param name="EnglishTerms">Analysed terms of an English question.</param>
/// <param name="MentionedLaws">Short titles of the laws the question names.</param>
/// <param name="EnglishSynonyms">For an English question: each everyday phrase found (as analysed question terms) with
/// the analysed terms of the wording it stands for.</param>
internal sealed record AnalyzedQuestion(
    NormalizedQuestion Normalized,
    IReadOnlyList<string> ChineseTerms,
    IReadOnlyList<string> GlossaryTerms,
    IReadOnlyList<string> ExpansionTerms,
    IReadOnlyList<string> EnglishTerms,
    IReadOnlyList<string> MentionedLaws,
    IReadOnlyList<EnglishSynonym> EnglishSynonyms)
{
    /// <summary>The analysed terms of the wording the question's everyday English phrases stand for, distinct and not
    /// already among <see cref="EnglishTerms"/>.</summary>
    public IReadOnlyList<string> EnglishExpansionTerms { get; } = EnglishSynonyms
        .SelectMany(s => s.StatuteTerms)
        .Where(t => !EnglishTerms.Contains(t))
        .Distinct(StringComparer.Ordinal)
        .ToList();
}

/// <summary>An everyday English phrase of a question and what it stands for, both as analysed terms.</summary>
/// <param name="QuestionTerms">The phrase's terms as they appear among the question's terms (stop words removed).</param>
/// <param name="StatuteTerms">The terms of the wording it stands for.</param>
internal sealed record EnglishSynonym(IReadOnlyList<string> QuestionTerms, IReadOnlyList<string> StatuteTerms);

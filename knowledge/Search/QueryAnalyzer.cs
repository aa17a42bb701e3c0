using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Indexing;

namespace Assistant.Knowledge.Search;

/// <summary>Normalises a question and analyses it once for every field the query touches.</summary>
internal sealed class QueryAnalyzer
{
    // Analysing more than this adds nothing to ranking but costs time: long input is cut, never rejected.
    private const int MaxAnalyzedCharacters = 1_000;
    private readonly AnalyzerSet _analyzers;
    private readonly QuestionNormalizer _normalizer;

    public QueryAnalyzer(AnalyzerSet analyzers)
    {
        _analyzers = analyzers;
        _normalizer = new QuestionNormalizer(analyzers.Glossary);
    }

    public AnalyzedQuestion Analyze(string question, LawTitleCatalog? catalog, int maxTerms)
    {
        var text = question.Length > MaxAnalyzedCharacters ? question[..MaxAnalyzedCharacters] : question;
        var normalized = _normalizer.Normalize(text);
        if (normalized.Language == DocumentLanguage.English)
        {
            var english = TokenLists.Distinct(_analyzers.English, IndexFields.TextEnglish, normalized.Text, maxTerms);
            return new AnalyzedQuestion(normalized, [], [], [], english, catalog?.TitlesMentionedIn(text) ?? []);
        }

        var chinese = TokenLists.Distinct(_analyzers.Chinese, IndexFields.TextChinese, normalized.Text, maxTerms);
        var glossary = TokenLists.Distinct(_analyzers.GlossaryTerms, IndexFields.TextGlossary, normalized.Text, maxTerms / 2);
        var expansionText = string.Join(' ', normalized.Expansions);
        var expansions = TokenLists.Distinct(_analyzers.Chinese, IndexFields.TextChinese, expansionText, maxTerms / 2)
            .Where(t => t.Length > 1 && !chinese.Contains(t))
            .ToList();
        return new AnalyzedQuestion(normalized, chinese, glossary, expansions, [], catalog?.TitlesMentionedIn(text) ?? []);
    }
}

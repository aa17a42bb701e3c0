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
    private readonly HashSet<string> _englishQuestionWords;
    private readonly Dictionary<EnglishGlossaryEntry, EnglishSynonym> _englishSynonyms;

    public QueryAnalyzer(AnalyzerSet analyzers)
    {
        _analyzers = analyzers;
        _normalizer = new QuestionNormalizer(analyzers.Glossary);
        _englishQuestionWords = TokenLists.Distinct(analyzers.English, IndexFields.TextEnglish, string.Join(' ', EnglishQuestionWords), 1_000)
            .ToHashSet(StringComparer.Ordinal);
        // Each entry's phrase and wording are analysed once here, not on every English question.
        _englishSynonyms = analyzers.Glossary.English.Entries.ToDictionary(
            entry => entry,
            entry => new EnglishSynonym(
                TokenLists.Distinct(analyzers.English, IndexFields.TextEnglish, entry.Phrase, 1_000),
                TokenLists.Distinct(analyzers.English, IndexFields.TextEnglish, string.Join(' ', entry.Terms), 1_000)));
    }

    // Words that shape an English question but say nothing about its subject: pronouns, auxiliaries, interrogatives and
    // courtesy. Lucene's stop list leaves them in; left in, "how", "do" and "get" count against an answer's coverage.
    // Only the question's terms lose them; everyday phrases are matched on the whole text ("let me go").
    private static readonly string[] EnglishQuestionWords =
    [
        "i", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "them",
        "do", "does", "did", "doing", "done", "get", "gets", "got", "getting", "have", "has", "had", "having",
        "can", "could", "would", "should", "shall", "may", "might", "must", "am", "been", "being",
        "how", "what", "when", "where", "which", "who", "whom", "why", "whether", "many", "much",
        "please", "hello", "hi", "thanks", "thank", "any", "anything", "some", "something", "just", "still", "really",
        "also", "very", "ok", "okay", "want", "know", "tell", "anyone", "someone", "here", "now",
    ];

    public AnalyzedQuestion Analyze(string question, LawTitleCatalog? catalog, int maxTerms)
    {
        var text = question.Length > MaxAnalyzedCharacters ? question[..MaxAnalyzedCharacters] : question;
        var normalized = _normalizer.Normalize(text);
        if (normalized.Language == DocumentLanguage.English)
        {
            var english = TokenLists.Distinct(_analyzers.English, IndexFields.TextEnglish, normalized.Text, maxTerms)
                .Where(t => !_englishQuestionWords.Contains(t))
                .ToList();
            var synonyms = _analyzers.EnglishPhrases.Find(normalized.Text).Select(entry => _englishSynonyms[entry]).ToList();
            return new AnalyzedQuestion(normalized, [], [], [], english, catalog?.TitlesMentionedIn(text) ?? [], synonyms);
        }

        var chinese = TokenLists.Distinct(_analyzers.Chinese, IndexFields.TextChinese, normalized.Text, maxTerms);
        var glossary = TokenLists.Distinct(_analyzers.GlossaryTerms, IndexFields.TextGlossary, normalized.Text, maxTerms / 2);
        var expansionText = string.Join(' ', normalized.Expansions);
        var expansions = TokenLists.Distinct(_analyzers.Chinese, IndexFields.TextChinese, expansionText, maxTerms / 2)
            .Where(t => t.Length > 1 && !chinese.Contains(t))
            .ToList();
        return new AnalyzedQuestion(normalized, chinese, glossary, expansions, [], catalog?.TitlesMentionedIn(text) ?? [], []);
    }
}

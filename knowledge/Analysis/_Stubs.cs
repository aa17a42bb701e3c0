// TEMPORARY stand-ins until the analysis branch merges. Deleted at merge.
#pragma warning disable CS1591
using Assistant.Knowledge.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
namespace Assistant.Knowledge.Analysis;
public sealed record GlossaryEntry(string Colloquial, IReadOnlyList<string> StatuteTerms);
public sealed class Glossary
{
    public IReadOnlyList<GlossaryEntry> Entries { get; } = [];
    public IReadOnlyCollection<string> Words { get; } = [];
    public static Glossary LoadDefault() => new();
    public IReadOnlyList<string> Expand(string word) => [];
}
public sealed class ChineseBigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var t = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream s = new CJKWidthFilter(t); s = new LowerCaseFilter(LuceneVersion.LUCENE_48, s); s = new CJKBigramFilter(s, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, true);
        return new TokenStreamComponents(t, s);
    }
}
public sealed class GlossaryAnalyzer(Glossary glossary) : Analyzer
{
    private readonly Glossary _g = glossary;
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    { var t = new KeywordTokenizer(reader); return new TokenStreamComponents(t, t); }
}
public sealed class EnglishLegalAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    { var t = new StandardTokenizer(LuceneVersion.LUCENE_48, reader); TokenStream s = new LowerCaseFilter(LuceneVersion.LUCENE_48, t); s = new PorterStemFilter(s); return new TokenStreamComponents(t, s); }
}
public sealed class LanguageDetector
{
    public DocumentLanguage Detect(ReadOnlySpan<char> text) { foreach (var c in text) if (c >= 0x4E00 && c <= 0x9FFF) return DocumentLanguage.Chinese; return DocumentLanguage.English; }
}
public sealed record NormalizedQuestion(string Text, DocumentLanguage Language, IReadOnlyList<string> GlossaryWords, IReadOnlyList<string> Expansions);
public sealed class QuestionNormalizer(Glossary glossary)
{
    private readonly Glossary _g = glossary;
    public NormalizedQuestion Normalize(string question) => new(question.ToLowerInvariant(), new LanguageDetector().Detect(question), [], []);
}

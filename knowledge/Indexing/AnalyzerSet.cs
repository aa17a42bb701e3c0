using Assistant.Knowledge.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace Assistant.Knowledge.Indexing;

/// <summary>The analyzers of every analyzed field, shared by indexing and querying so both see the same tokens.</summary>
public sealed class AnalyzerSet : IDisposable
{
    /// <summary>Creates the analyzers around one glossary.</summary>
    public AnalyzerSet(Glossary glossary)
    {
        Glossary = glossary;
        Chinese = new ChineseBigramAnalyzer();
        GlossaryTerms = new GlossaryAnalyzer(glossary);
        English = new EnglishLegalAnalyzer();
        EnglishPhrases = new EnglishPhraseMatcher(glossary.English);
        PerField = new PerFieldAnalyzerWrapper(
            new KeywordAnalyzer(),
            new Dictionary<string, Analyzer>
            {
                [IndexFields.TextChinese] = Chinese,
                [IndexFields.TextGlossary] = GlossaryTerms,
                [IndexFields.TextEnglish] = English,
                [IndexFields.QuestionChinese] = Chinese,
                [IndexFields.QuestionEnglish] = English,
            });
    }

    /// <summary>The glossary behind the glossary field.</summary>
    public Glossary Glossary { get; }

    /// <summary>Uni+bigram analysis for Chinese text and titles.</summary>
    public Analyzer Chinese { get; }

    /// <summary>Dictionary + synonym analysis (colloquial words to statute terms).</summary>
    public Analyzer GlossaryTerms { get; }

    /// <summary>English analysis with stemming.</summary>
    public Analyzer English { get; }

    /// <summary>Finds the English glossary's everyday phrases in a question.</summary>
    public EnglishPhraseMatcher EnglishPhrases { get; }

    /// <summary>The per-field wrapper given to the index writer.</summary>
    public Analyzer PerField { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        PerField.Dispose();
        Chinese.Dispose();
        GlossaryTerms.Dispose();
        English.Dispose();
        EnglishPhrases.Dispose();
    }
}

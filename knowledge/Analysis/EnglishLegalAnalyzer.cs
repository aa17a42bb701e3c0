using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Assistant.Knowledge.Analysis;

/// <summary>
/// English analysis for translated statutes and English questions: stop words removed, Porter-stemmed.
/// </summary>
/// <remarks>
/// Same chain as Lucene's <c>EnglishAnalyzer</c> minus the keyword-marker step, spelled out so the
/// index and query sides cannot drift apart if Lucene's defaults change.
/// </remarks>
public sealed class EnglishLegalAnalyzer : Analyzer
{
    private readonly bool _removeStopWords;

    /// <param name="removeStopWords">False keeps stop words, for matching phrases made of them ("laid off").</param>
    public EnglishLegalAnalyzer(bool removeStopWords = true) => _removeStopWords = removeStopWords;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream result = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, source);
        result = new LowerCaseFilter(LuceneVersion.LUCENE_48, result);
        if (_removeStopWords)
            result = new StopFilter(LuceneVersion.LUCENE_48, result, EnglishAnalyzer.DefaultStopSet);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}

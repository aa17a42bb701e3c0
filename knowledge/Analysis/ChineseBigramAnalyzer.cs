using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Assistant.Knowledge.Analysis;

/// <summary>
/// Chinese analysis into single ideographs plus overlapping ideograph bigrams.
/// </summary>
/// <remarks>
/// <c>CJKAnalyzer</c> emits bigrams only, so a one-character query term (<c>薪</c>) or a
/// colloquial phrase that shares single characters with statute wording finds nothing.
/// Unigrams give recall, bigrams give precision in the ranking.
/// StandardTokenizer splits Han runs into one token per ideograph and keeps ASCII digit and
/// letter runs whole, so <c>第47条</c> yields <c>第</c>, <c>47</c>, <c>条</c> (no bigram across the number).
/// </remarks>
public sealed class ChineseBigramAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(LuceneVersion.LUCENE_48, result);
        result = new CJKBigramFilter(result, CJKScript.ALL, outputUnigrams: true);
        return new TokenStreamComponents(source, result);
    }
}

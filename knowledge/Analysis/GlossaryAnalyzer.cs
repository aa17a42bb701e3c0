using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace Assistant.Knowledge.Analysis;

/// <summary>
/// Glossary analysis: dictionary words only, each colloquial word followed by the statute terms
/// it means at the same position.
/// </summary>
/// <remarks>
/// Used on both the index and the query side, so <c>被开除了有没有赔偿</c> and
/// <c>用人单位解除劳动合同…支付经济补偿</c> meet on <c>解除劳动合同</c> and <c>经济补偿</c>.
/// The original word is kept, so a statute that itself says <c>加班费</c> still matches it literally.
/// </remarks>
public sealed class GlossaryAnalyzer : Analyzer
{
    private readonly Glossary _glossary;
    private readonly SynonymMap? _synonyms;

    /// <summary>Creates the analyzer for <paramref name="glossary"/>.</summary>
    /// <param name="glossary">The glossary; its synonym map is built once here.</param>
    public GlossaryAnalyzer(Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _glossary = glossary;
        _synonyms = BuildSynonymMap(glossary);
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new GlossaryTokenizer(_glossary, reader);
        TokenStream result = _synonyms is null ? source : new SynonymFilter(source, _synonyms, ignoreCase: false);
        return new TokenStreamComponents(source, result);
    }

    private static SynonymMap? BuildSynonymMap(Glossary glossary)
    {
        if (glossary.Synonyms.Count == 0)
        {
            // SynonymFilter rejects an empty map.
            return null;
        }

        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var (colloquial, targets) in glossary.Synonyms)
        {
            foreach (var target in targets)
            {
                builder.Add(new CharsRef(colloquial), new CharsRef(target), includeOrig: true);
            }
        }

        return builder.Build();
    }
}

using Lucene.Net.Search.Similarities;

namespace Assistant.Knowledge.Indexing;

/// <summary>
/// BM25 per field. Articles are short and of very uneven length, so length normalisation is tuned per field
/// on the dev evaluation sets (see docs/benchmarks.md) rather than left at Lucene's defaults.
/// </summary>
public sealed class KnowledgeSimilarity : PerFieldSimilarityWrapper
{
    private readonly Similarity _text = new BM25Similarity(1.2f, 0.75f);
    private readonly Similarity _glossary = new BM25Similarity(1.2f, 0.5f);
    private readonly Similarity _title = new BM25Similarity(1.2f, 0.3f);

    /// <inheritdoc />
    public override Similarity Get(string name) => name switch
    {
        IndexFields.TextGlossary => _glossary,
        IndexFields.TitleText => _title,
        _ => _text,
    };
}

using Lucene.Net.Search.Similarities;

namespace Assistant.Knowledge.Indexing;

/// <summary>
/// BM25 per field. Articles are short and of very uneven length, so length normalisation is set per field; the
/// parameters are search-time only (norms encode length alone), so they are tuned on the dev sets without reindexing.
/// </summary>
public sealed class KnowledgeSimilarity : PerFieldSimilarityWrapper
{
    private readonly Similarity _text;
    private readonly Similarity _glossary;

    /// <summary>Creates the similarity with Lucene's BM25 defaults.</summary>
    public KnowledgeSimilarity()
        : this(1.2f, 0.75f, 0.5f)
    {
    }

    /// <summary>Creates the similarity with the given BM25 parameters.</summary>
    public KnowledgeSimilarity(float k1, float textB, float glossaryB)
    {
        _text = new BM25Similarity(k1, textB);
        _glossary = new BM25Similarity(k1, glossaryB);
    }

    /// <inheritdoc />
    public override Similarity Get(string name) => name switch
    {
        IndexFields.TextGlossary => _glossary,
        _ => _text,
    };
}

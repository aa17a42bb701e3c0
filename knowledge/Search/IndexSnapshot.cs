using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Assistant.Knowledge.Search;

/// <summary>
/// One open generation: a reader shared by every search, reference-counted so a swap to a newer generation
/// closes the old reader only after the searches running on it finish.
/// </summary>
internal sealed class IndexSnapshot
{
    private IndexSnapshot(
        string generation, DirectoryReader reader, IndexManifest? manifest, LawTitleCatalog catalog, RankingOptions ranking, ArticleVectors? vectors)
    {
        Vectors = vectors;
        Generation = generation;
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new KnowledgeSimilarity(ranking.TextK1, ranking.TextB, ranking.GlossaryB) };
        Manifest = manifest;
        Catalog = catalog;
        Articles = GlobalOrdinals.Build(reader, IndexFields.Key);
        Documents = GlobalOrdinals.Build(reader, IndexFields.DocumentId);
    }

    public string Generation { get; }
    public DirectoryReader Reader { get; }
    public IndexSearcher Searcher { get; }
    public IndexManifest? Manifest { get; }
    public LawTitleCatalog Catalog { get; }

    /// <summary>The articles' embeddings, when the generation has them (one per document of its single segment).</summary>
    public ArticleVectors? Vectors { get; }

    /// <summary>Article keys as numbers shared by all segments.</summary>
    public GlobalOrdinals Articles { get; }

    /// <summary>Document ids as numbers shared by all segments.</summary>
    public GlobalOrdinals Documents { get; }

    public static IndexSnapshot Open(IndexLocation location, string generation, IReadOnlyDictionary<string, string> englishNames, RankingOptions ranking)
    {
        var directory = Lucene.Net.Store.FSDirectory.Open(location.GenerationPath(generation));
        var reader = DirectoryReader.Open(directory);
        var catalog = new LawTitleCatalog(ReadTerms(reader, IndexFields.ShortTitle), englishNames);
        var manifest = location.ReadManifest(generation);
        return new IndexSnapshot(generation, reader, manifest, catalog, ranking, OpenVectors(location.GenerationPath(generation), manifest, reader));
    }

    // Vectors that do not match the index one to one would rank the wrong articles: such a generation searches by its
    // words alone, and indexer verify names the problem.
    private static ArticleVectors? OpenVectors(string folder, IndexManifest? manifest, DirectoryReader reader)
    {
        var path = Path.Combine(folder, ArticleVectors.FileName);
        if (manifest?.Embeddings is null || !File.Exists(path) || reader.Leaves.Count != 1)
            return null;
        try
        {
            var vectors = ArticleVectors.Read(path);
            return vectors.Count == reader.MaxDoc && vectors.Dimensions == manifest.Embeddings.Dimensions ? vectors : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or EndOfStreamException)
        {
            return null;
        }
    }

    public bool TryAcquire() => Reader.TryIncRef();

    public void Release() => Reader.DecRef();

    /// <summary>Drops the snapshot's own reference; the reader closes when the last search releases it.</summary>
    public void Retire() => Reader.DecRef();

    private static List<string> ReadTerms(IndexReader reader, string field)
    {
        var values = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
            return values;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
            values.Add(iterator.Term.Utf8ToString());
        return values;
    }
}

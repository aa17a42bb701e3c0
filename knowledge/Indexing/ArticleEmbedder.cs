using Assistant.Knowledge.Embeddings;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Assistant.Knowledge.Indexing;

/// <summary>
/// Embeds every article of a freshly written generation and stores the vectors beside it (<see cref="ArticleVectors"/>),
/// in document order. Each article is embedded as its document's title, its label and chapter, then its text, cut at
/// <see cref="MaxInputCharacters"/> so a model with a short context is never sent more than it takes.
/// </summary>
public sealed class ArticleEmbedder
{
    private readonly ITextEmbedder _embedder;
    private readonly string _indexRoot;

    /// <summary>Creates the step.</summary>
    /// <param name="embedder">The model service.</param>
    /// <param name="indexRoot">The index root; the cache of already computed vectors lives under it.</param>
    /// <param name="batchSize">Texts per request.</param>
    /// <param name="maxInputCharacters">Characters of each article embedded.</param>
    public ArticleEmbedder(ITextEmbedder embedder, string indexRoot, int batchSize = 32, int maxInputCharacters = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInputCharacters, 16);
        _embedder = embedder;
        _indexRoot = indexRoot;
        BatchSize = batchSize;
        MaxInputCharacters = maxInputCharacters;
    }

    /// <summary>Texts per request.</summary>
    public int BatchSize { get; }

    /// <summary>Characters of each article embedded.</summary>
    public int MaxInputCharacters { get; }

    /// <summary>The model's name.</summary>
    public string Model => _embedder.Model;

    /// <summary>The text embedded for one article.</summary>
    public static string TextOf(string title, string label, string chapter, string text, int maxCharacters)
    {
        var heading = string.Join(' ', new[] { title, label }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var parts = new[] { heading, chapter, text }.Where(s => !string.IsNullOrWhiteSpace(s));
        var joined = string.Join('\n', parts);
        return joined.Length <= maxCharacters ? joined : joined[..maxCharacters];
    }

    /// <summary>Embeds the articles of the Lucene index in <paramref name="generationFolder"/> and writes its vector file.</summary>
    /// <exception cref="EmbeddingServiceException">The service failed; nothing is written.</exception>
    public async Task<IndexEmbeddings> WriteAsync(string generationFolder, IProgress<int>? articlesDone, CancellationToken cancellationToken)
    {
        var texts = ReadTexts(generationFolder);
        var cache = EmbeddingCache.Open(_indexRoot, _embedder.Model);
        var vectors = new ByteVector[texts.Count];
        var missing = new List<int>();
        for (var doc = 0; doc < texts.Count; doc++)
        {
            if (cache.TryGet(EmbeddingCache.KeyOf(texts[doc]), out var known))
            {
                vectors[doc] = known;
                articlesDone?.Report(1);
            }
            else
            {
                missing.Add(doc);
            }
        }
        var reused = texts.Count - missing.Count;
        // Deduplicate: the same article in several copies of a law is embedded once.
        var distinct = missing.GroupBy(doc => texts[doc], StringComparer.Ordinal).ToList();
        foreach (var batch in distinct.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var answer = await _embedder.EmbedAsync([.. batch.Select(g => g.Key)], cancellationToken);
            var fresh = new List<(EmbeddingCache.Hash, ByteVector)>(batch.Length);
            for (var i = 0; i < batch.Length; i++)
            {
                var quantized = Int8Vectors.Quantize(answer[i]);
                foreach (var doc in batch[i])
                    vectors[doc] = quantized;
                fresh.Add((EmbeddingCache.KeyOf(batch[i].Key), quantized));
                articlesDone?.Report(batch[i].Count());
            }
            // Cached as it goes: a build stopped half way keeps what it paid for.
            cache.Add(fresh);
        }
        var dimensions = vectors.Length == 0 ? 0 : vectors[0].Values.Length;
        if (vectors.Any(v => v.Values.Length != dimensions))
            throw new EmbeddingServiceException($"The model '{_embedder.Model}' returned vectors of different lengths in one build; delete {Path.Combine(_indexRoot, EmbeddingCache.FolderName)} if the model behind the name was changed.");
        ArticleVectors.From(vectors).Write(Path.Combine(generationFolder, ArticleVectors.FileName));
        return new IndexEmbeddings(_embedder.Model, dimensions, MaxInputCharacters, missing.Count, reused);
    }

    private List<string> ReadTexts(string generationFolder)
    {
        using var directory = FSDirectory.Open(generationFolder);
        using var reader = DirectoryReader.Open(directory);
        var texts = new List<string>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var stored = reader.Document(doc);
            texts.Add(TextOf(
                stored.Get(IndexFields.Title) ?? string.Empty,
                stored.Get(IndexFields.Label) ?? string.Empty,
                stored.Get(IndexFields.Chapter) ?? string.Empty,
                stored.Get(IndexFields.Text) ?? string.Empty,
                MaxInputCharacters));
        }
        return texts;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Directory = System.IO.Directory;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Embeddings;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using Lucene.Net.Util;

namespace Assistant.Knowledge.Indexing;

/// <summary>Writes documents into a new index generation and publishes it atomically.</summary>
public sealed class IndexBuilder
{
    private readonly AnalyzerSet _analyzers;
    private readonly TimeProvider _time;
    private readonly ArticleDocumentMapper _mapper = new();

    /// <summary>Creates a builder analysing with the given analyzers.</summary>
    public IndexBuilder(AnalyzerSet analyzers, TimeProvider time)
    {
        _analyzers = analyzers;
        _time = time;
    }

    /// <summary>
    /// Indexes <paramref name="documents"/> into a new generation under <paramref name="location"/> and makes it live.
    /// On any failure or cancellation the staging folder is removed and the previous generation stays live.
    /// </summary>
    /// <exception cref="IndexBuildException">Another build holds the lock, writing failed, or the embedding service failed.</exception>
    /// <param name="documents">The documents read from the sources.</param>
    /// <param name="location">The index root.</param>
    /// <param name="sources">The source folders, recorded in the manifest.</param>
    /// <param name="skippedFiles">Files that could not be read, recorded in the manifest.</param>
    /// <param name="articlesDone">Articles written so far.</param>
    /// <param name="cancellationToken">Stops the build; the previous generation stays live.</param>
    /// <param name="embedder">When a model is configured: embeds every article into the generation's vector file.</param>
    /// <param name="articlesEmbedded">Articles embedded (or found in the cache) so far.</param>
    public IndexBuildReport Build(
        IEnumerable<LegalDocument> documents,
        IndexLocation location,
        IReadOnlyList<string> sources,
        int skippedFiles,
        IProgress<int>? articlesDone,
        CancellationToken cancellationToken,
        ArticleEmbedder? embedder = null,
        IProgress<int>? articlesEmbedded = null)
    {
        Directory.CreateDirectory(location.Root);
        using var buildLock = AcquireLock(location);
        location.ClearStaging();

        var stopwatch = Stopwatch.StartNew();
        var generation = NewGenerationName();
        var staging = Path.Combine(location.StagingFolder, generation);
        Directory.CreateDirectory(staging);
        try
        {
            var counts = WriteIndex(documents, staging, articlesDone, cancellationToken);
            // The build is a batch job with no synchronization context: waiting for the model service here is safe.
            var embeddings = embedder?.WriteAsync(staging, articlesEmbedded, cancellationToken).GetAwaiter().GetResult();
            var manifest = new IndexManifest(
                IndexManifest.CurrentFormatVersion,
                generation,
                _time.GetUtcNow(),
                sources,
                counts.Documents,
                counts.Articles,
                skippedFiles,
                _analyzers.Glossary.Synonyms.Count,
                counts.Kinds,
                counts.Languages,
                counts.Statuses,
                _analyzers.Glossary.Fingerprint,
                embeddings,
                counts.DocumentKinds);
            File.WriteAllBytes(
                Path.Combine(staging, IndexManifest.FileName),
                JsonSerializer.SerializeToUtf8Bytes(manifest, KnowledgeJsonContext.Default.IndexManifest));
            cancellationToken.ThrowIfCancellationRequested();

            var size = new DirectoryInfo(staging).EnumerateFiles().Sum(f => f.Length);
            location.Publish(staging, generation);
            location.Prune(keepPrevious: 1);
            return new IndexBuildReport(generation, counts.Documents, counts.Articles, size, stopwatch.Elapsed, embeddings);
        }
        catch (Exception e)
        {
            IndexLocation.TryDelete(staging);
            if (e is OperationCanceledException or IndexBuildException)
                throw;
            if (e is EmbeddingServiceException)
                throw new IndexBuildException($"Embedding the articles for {location.Root} failed: {e.Message} The previous index stays live.", e);
            throw new IndexBuildException($"Building the index in {location.Root} failed: {e.Message}", e);
        }
    }

    private BuildCounts WriteIndex(
        IEnumerable<LegalDocument> documents, string folder, IProgress<int>? articlesDone, CancellationToken cancellationToken)
    {
        var counts = new BuildCounts();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new KnowledgeSimilarity(),
            RAMBufferSizeMB = 256,
        };
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, config);
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Environment.ProcessorCount,
        };
        // IndexWriter is thread-safe; analysis dominates the cost, so documents are analysed on every core.
        Parallel.ForEach(documents, parallel, document =>
        {
            foreach (var article in document.Articles)
                writer.AddDocument(_mapper.Map(document, article));
            counts.Add(document);
            articlesDone?.Report(document.Articles.Count);
        });
        cancellationToken.ThrowIfCancellationRequested();
        // One segment: smaller on disk and faster to search; the index is rebuilt, never updated in place.
        writer.ForceMerge(1);
        writer.Commit();
        return counts;
    }

    private string NewGenerationName()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return "g-" + now.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" +
               Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 3));
    }

    private static FileStream AcquireLock(IndexLocation location)
    {
        var path = Path.Combine(location.Root, "build.lock");
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new IndexBuildException($"Another build is writing to {location.Root} ({path} is locked).", e);
        }
    }

    private sealed class BuildCounts
    {
        private readonly System.Threading.Lock _gate = new();
        private readonly Dictionary<string, int> _kinds = [];
        private readonly Dictionary<string, int> _documentKinds = [];
        private readonly Dictionary<string, int> _languages = [];
        private readonly Dictionary<string, int> _statuses = [];

        public int Documents { get; private set; }
        public int Articles { get; private set; }
        public IReadOnlyDictionary<string, int> Kinds => _kinds;
        public IReadOnlyDictionary<string, int> DocumentKinds => _documentKinds;
        public IReadOnlyDictionary<string, int> Languages => _languages;
        public IReadOnlyDictionary<string, int> Statuses => _statuses;

        public void Add(LegalDocument document)
        {
            var articles = document.Articles.Count;
            lock (_gate)
            {
                Documents++;
                Articles += articles;
                Increment(_kinds, document.Kind.ToString(), articles);
                Increment(_documentKinds, document.Kind.ToString(), 1);
                Increment(_languages, LanguageCodes.From(document.Language), articles);
                Increment(_statuses, document.Status.ToString(), articles);
            }
        }

        private static void Increment(Dictionary<string, int> counts, string key, int by) =>
            counts[key] = counts.GetValueOrDefault(key) + by;
    }
}

using Assistant.Knowledge.Sources;

namespace Assistant.Knowledge.Indexing;

/// <summary>Reads source folders and publishes them as a new index generation: what <c>indexer build</c> and the bot's first start do.</summary>
public sealed class SourceIndexer
{
    private readonly DocumentLoader _loader;
    private readonly IndexBuilder _builder;

    /// <summary>Creates the pipeline from its two halves.</summary>
    public SourceIndexer(DocumentLoader loader, IndexBuilder builder)
    {
        _loader = loader;
        _builder = builder;
    }

    /// <summary>Loads every readable file under <paramref name="sources"/> and publishes the index.</summary>
    /// <exception cref="IndexBuildException">Nothing could be indexed, or writing failed; the previous index stays live.</exception>
    public SourceIndexResult Build(
        IReadOnlyList<string> sources,
        IndexLocation location,
        IProgress<LoadProgress>? loading,
        IProgress<int>? indexing,
        CancellationToken cancellationToken)
    {
        var loaded = _loader.Load(sources, loading, cancellationToken);
        if (loaded.Documents.Sum(d => d.Articles.Count) == 0)
        {
            var reasons = loaded.Failures.Count == 0
                ? "no readable documents"
                : string.Join("; ", loaded.Failures.Take(5).Select(f => $"{f.Path}: {f.Reason}")) +
                  (loaded.Failures.Count > 5 ? $"; and {loaded.Failures.Count - 5} more" : string.Empty);
            throw new IndexBuildException($"Nothing to index in {string.Join(", ", sources)} ({reasons}); the previous index stays live.");
        }
        var report = _builder.Build(loaded.Documents, location, sources, loaded.Failures.Count, indexing, cancellationToken);
        return new SourceIndexResult(report, loaded.Failures, loaded.Documents.Count);
    }
}

/// <summary>What a build from sources did.</summary>
/// <param name="Build">The published generation.</param>
/// <param name="Failures">Files that were skipped, with the reason.</param>
/// <param name="Documents">Documents read.</param>
public sealed record SourceIndexResult(IndexBuildReport Build, IReadOnlyList<SourceFailure> Failures, int Documents);

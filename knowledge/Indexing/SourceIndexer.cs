using Assistant.Knowledge.Documents;
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

    /// <summary>Loads every readable file under <paramref name="sources"/> and publishes the index. Guide citations that
    /// name no article read are reported in the result, and refuse the build when <paramref name="requireResolvedCitations"/>
    /// (the bot's bundled knowledge: its guides and laws ship together).</summary>
    /// <exception cref="IndexBuildException">Nothing could be indexed, a required citation is unresolved, or writing
    /// failed; the previous index stays live.</exception>
    public SourceIndexResult Build(
        IReadOnlyList<string> sources,
        IndexLocation location,
        IProgress<LoadProgress>? loading,
        IProgress<int>? indexing,
        CancellationToken cancellationToken,
        ArticleEmbedder? embedder = null,
        IProgress<int>? embedding = null,
        bool requireResolvedCitations = false)
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
        var unresolved = UnresolvedCitations(loaded.Documents);
        if (requireResolvedCitations && unresolved.Count > 0)
        {
            throw new IndexBuildException(
                $"{unresolved.Count} guide citation(s) name no article of {string.Join(", ", sources)}: " +
                string.Join("; ", unresolved.Take(5)) + (unresolved.Count > 5 ? $"; and {unresolved.Count - 5} more" : string.Empty) +
                ". Correct the keys or add the laws they cite; the previous index stays live.");
        }
        var report = _builder.Build(loaded.Documents, location, sources, loaded.Failures.Count, indexing, cancellationToken, embedder, embedding);
        return new SourceIndexResult(report, loaded.Failures, loaded.Documents.Select(IndexedDocument.Of).ToList(), unresolved);
    }

    private static IReadOnlyList<UnresolvedCitation> UnresolvedCitations(IReadOnlyList<LegalDocument> documents)
    {
        var keys = documents.SelectMany(d => d.Articles).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        return UnresolvedCitation.Among(
            documents.SelectMany(d => d.Articles.Where(a => a.Cites.Count > 0).Select(a => (d.Id, a.Key, a.Cites))), keys);
    }
}

/// <summary>What a build from sources did.</summary>
/// <param name="Build">The published generation.</param>
/// <param name="Failures">Files that were skipped, with the reason.</param>
/// <param name="Indexed">What each document read became, in load order.</param>
/// <param name="UnresolvedCitations">Guide citations naming no article of the build.</param>
public sealed record SourceIndexResult(
    IndexBuildReport Build, IReadOnlyList<SourceFailure> Failures, IReadOnlyList<IndexedDocument> Indexed, IReadOnlyList<UnresolvedCitation> UnresolvedCitations)
{
    /// <summary>Documents read.</summary>
    public int Documents => Indexed.Count;
}

/// <summary>How one document was read: enough for whoever loads a union's files to see that each became what it should.</summary>
/// <param name="Id">The document id (source root name and relative path).</param>
/// <param name="Title">The title found.</param>
/// <param name="Kind">The kind inferred or declared.</param>
/// <param name="Status">Current, amended or repealed.</param>
/// <param name="Articles">Numbered articles (第X条, Article N, Section N).</param>
/// <param name="Sections">Heading sections (documents without numbered articles).</param>
public sealed record IndexedDocument(string Id, string Title, DocumentKind Kind, DocumentStatus Status, int Articles, int Sections)
{
    internal static IndexedDocument Of(LegalDocument document)
    {
        var sections = document.Articles.Count(a => a.Unit == ArticleUnit.HeadingSection);
        return new IndexedDocument(document.Id, document.Title, document.Kind, document.Status, document.Articles.Count - sections, sections);
    }
}

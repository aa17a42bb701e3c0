using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Sources;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Knowledge;

/// <summary>
/// Makes sure an index is live before the bot takes traffic: on first start (no published index) it builds one
/// from the configured sources, the bundled samples by default, and after an upgrade that changed the glossary it
/// rebuilds its own. Hosted services start before the web server listens.
/// </summary>
internal sealed class DefaultIndexInitializer(
    IndexLocation location,
    AnalyzerSet analyzers,
    KnowledgeSearcher searcher,
    KnowledgeSources sources,
    IOptions<KnowledgeOptions> options,
    TimeProvider time,
    ILogger<DefaultIndexInitializer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var published = location.ReadCurrentGeneration();
        if (published is null)
        {
            if (!options.Value.BuildWhenMissing)
                KnowledgeLog.NoIndex(logger, location.Root);
            else
                Build(sources.Resolve(), cancellationToken);
        }
        else if (location.ReadManifest(published) is { } manifest && manifest.GlossaryFingerprint != analyzers.Glossary.Fingerprint)
        {
            RebuildOrWarn(manifest, cancellationToken);
        }
        searcher.Refresh();
        if (searcher.Generation is { } generation)
            KnowledgeLog.IndexLive(logger, generation, searcher.ArticleCount);
        return Task.CompletedTask;
    }

    // An upgrade that changed the glossary leaves the live index's glossary field analysed with the old one. The bot's
    // own index (built from the configured sources) is rebuilt; one an operator built from other sources is theirs to
    // rebuild, so it keeps serving and the log says why answers may be weaker.
    private void RebuildOrWarn(IndexManifest manifest, CancellationToken cancellationToken)
    {
        var roots = sources.Resolve();
        var ownIndex = manifest.Sources.Order(StringComparer.Ordinal).SequenceEqual(roots.Order(StringComparer.Ordinal), StringComparer.Ordinal);
        if (ownIndex && options.Value.BuildWhenMissing)
        {
            KnowledgeLog.RebuildingForGlossary(logger, location.Root, manifest.GlossaryFingerprint ?? "unrecorded", analyzers.Glossary.Fingerprint);
            Build(roots, cancellationToken);
        }
        else
        {
            KnowledgeLog.StaleGlossary(logger, location.Root, manifest.GlossaryFingerprint ?? "unrecorded", analyzers.Glossary.Fingerprint);
        }
    }

    private void Build(IReadOnlyList<string> roots, CancellationToken cancellationToken)
    {
        KnowledgeLog.BuildingDefaultIndex(logger, location.Root, string.Join(", ", roots));
        var indexer = new SourceIndexer(new DocumentLoader(), new IndexBuilder(analyzers, time));
        var result = indexer.Build(roots, location, null, null, cancellationToken);
        foreach (var failure in result.Failures)
            KnowledgeLog.SourceSkipped(logger, failure.Path, failure.Reason);
        KnowledgeLog.DefaultIndexBuilt(logger, result.Build.Generation, result.Documents, result.Build.Articles, result.Build.Elapsed.TotalSeconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

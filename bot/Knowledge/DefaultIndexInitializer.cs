using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Sources;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Knowledge;

/// <summary>
/// Makes sure an index is live before the bot takes traffic: on first start (no published index) it builds one
/// from the configured sources, the bundled samples by default. Hosted services start before the web server listens.
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
        if (location.ReadCurrentGeneration() is null)
        {
            if (!options.Value.BuildWhenMissing)
            {
                KnowledgeLog.NoIndex(logger, location.Root);
                return Task.CompletedTask;
            }
            var roots = sources.Resolve();
            KnowledgeLog.BuildingDefaultIndex(logger, location.Root, string.Join(", ", roots));
            var indexer = new SourceIndexer(new DocumentLoader(), new IndexBuilder(analyzers, time));
            var result = indexer.Build(roots, location, null, null, cancellationToken);
            foreach (var failure in result.Failures)
                KnowledgeLog.SourceSkipped(logger, failure.Path, failure.Reason);
            KnowledgeLog.DefaultIndexBuilt(logger, result.Build.Generation, result.Documents, result.Build.Articles, result.Build.Elapsed.TotalSeconds);
        }
        searcher.Refresh();
        if (searcher.Generation is { } generation)
            KnowledgeLog.IndexLive(logger, generation, searcher.ArticleCount);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

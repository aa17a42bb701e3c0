using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Sources;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Knowledge;

/// <summary>
/// Makes sure an index is live before the bot takes traffic: on first start (no published index) it builds one
/// from the configured sources, the bundled samples by default, with article vectors when an embedding model is
/// configured; after an upgrade that changed the glossary, or once a model is configured whose vectors its own index
/// lacks, it rebuilds its own. Hosted services start before the web server listens.
/// </summary>
internal sealed class DefaultIndexInitializer(
    IndexLocation location,
    AnalyzerSet analyzers,
    KnowledgeSearcher searcher,
    KnowledgeSources sources,
    IOptions<KnowledgeOptions> options,
    IOptions<EmbeddingOptions> embeddings,
    TimeProvider time,
    ILogger<DefaultIndexInitializer> logger) : IHostedService
{
    // Building its own index, the bot may wait this long for one batch of articles (a model served on CPU is slow) and
    // tries a busy service this many times; anything else fails the vectors, never the start.
    private static readonly TimeSpan BuildRequestTimeout = TimeSpan.FromSeconds(30);
    private const int BuildAttempts = 3;

    private string? ConfiguredModel => embeddings.Value.Provider == EmbeddingProvider.None ? null : embeddings.Value.Model;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var published = location.ReadCurrentGeneration();
        if (published is null)
        {
            if (!options.Value.BuildWhenMissing)
                KnowledgeLog.NoIndex(logger, location.Root);
            else
                Build(sources.Resolve(), withoutVectorsOnFailure: true, cancellationToken);
        }
        else if (location.ReadManifest(published) is { } manifest)
        {
            RebuildOrWarn(manifest, cancellationToken);
        }
        searcher.Refresh();
        if (searcher.Generation is { } generation)
        {
            KnowledgeLog.IndexLive(logger, generation, searcher.ArticleCount);
            WarnWhenWordsOnly(generation);
        }
        return Task.CompletedTask;
    }

    // An upgrade that changed the glossary leaves the live index's glossary field analysed with the old one, and a
    // model configured after the index was built finds no vectors of its own in it. The bot's own index (built from
    // the configured sources) is rebuilt; one an operator built from other sources is theirs to rebuild, so it keeps
    // serving and the log says why answers may be weaker.
    private void RebuildOrWarn(IndexManifest manifest, CancellationToken cancellationToken)
    {
        var staleGlossary = manifest.GlossaryFingerprint != analyzers.Glossary.Fingerprint;
        var model = ConfiguredModel;
        // The searcher opens the vectors only when they match the index one to one, so a damaged file counts as none.
        if (model is not null)
            searcher.Refresh();
        var missingVectors = model is not null && searcher.EmbeddingModel != model;
        var roots = sources.Resolve();
        if (WithoutBundledLaws(manifest))
        {
            KnowledgeLog.RebuildingWithBundledLaws(logger, location.Root);
            Build(roots, withoutVectorsOnFailure: true, cancellationToken);
            return;
        }
        if (!staleGlossary && !missingVectors)
            return;
        if (IsOwnIndex(manifest, roots))
        {
            if (staleGlossary)
                KnowledgeLog.RebuildingForGlossary(logger, location.Root, manifest.GlossaryFingerprint ?? "unrecorded", analyzers.Glossary.Fingerprint);
            else
                KnowledgeLog.RebuildingForVectors(logger, location.Root, model!);
            // A new glossary is worth a rebuild without vectors; vectors alone are not, so the live index stays.
            Build(roots, withoutVectorsOnFailure: staleGlossary, cancellationToken);
        }
        else if (staleGlossary)
        {
            KnowledgeLog.StaleGlossary(logger, location.Root, manifest.GlossaryFingerprint ?? "unrecorded", analyzers.Glossary.Fingerprint);
        }
    }

    private void Build(IReadOnlyList<string> roots, bool withoutVectorsOnFailure, CancellationToken cancellationToken)
    {
        KnowledgeLog.BuildingDefaultIndex(logger, location.Root, string.Join(", ", roots));
        var indexer = new SourceIndexer(new DocumentLoader(), new IndexBuilder(analyzers, time));
        SourceIndexResult result;
        var model = ConfiguredModel;
        // The bundled guides and laws ship together: a guide citing an article they lack is a packaging fault, refused.
        var strict = sources.AreBundled;
        if (model is null)
        {
            result = indexer.Build(roots, location, null, null, cancellationToken, requireResolvedCitations: strict);
        }
        else
        {
            using var connection = new EmbeddingConnection(embeddings.Value, BuildRequestTimeout, BuildAttempts, time);
            var embedder = new ArticleEmbedder(connection.Embedder, location.Root, embeddings.Value.BatchSize, embeddings.Value.MaxInputCharacters);
            try
            {
                result = indexer.Build(roots, location, null, null, cancellationToken, embedder, requireResolvedCitations: strict);
            }
            catch (IndexBuildException failure) when (failure.InnerException is EmbeddingServiceException service)
            {
                // The model is an aid: the bot starts without it and answers by the question's words.
                if (!withoutVectorsOnFailure)
                {
                    KnowledgeLog.KeepingIndexWithoutVectors(logger, location.Root, model, service.Message);
                    return;
                }
                KnowledgeLog.BuildingWithoutVectors(logger, location.Root, model, service.Message);
                result = indexer.Build(roots, location, null, null, cancellationToken, requireResolvedCitations: strict);
            }
        }
        foreach (var failure in result.Failures)
            KnowledgeLog.SourceSkipped(logger, failure.Path, failure.Reason);
        foreach (var citation in result.UnresolvedCitations)
            KnowledgeLog.UnresolvedCitation(logger, citation.DocumentId, citation.Section, citation.CitedKey);
        KnowledgeLog.DefaultIndexBuilt(logger, result.Build.Generation, result.Documents, result.Build.Articles, result.Build.Elapsed.TotalSeconds);
        if (result.Build.Embeddings is { } vectors)
            KnowledgeLog.ArticlesEmbedded(logger, vectors.Model, vectors.Embedded, vectors.Reused, vectors.Dimensions);
    }

    // Said once at start, not per question: questions are embedded only for an index whose vectors the configured
    // model made, so until it has them every answer rests on the question's words.
    private void WarnWhenWordsOnly(string generation)
    {
        if (ConfiguredModel is not { } model || searcher.EmbeddingModel == model)
            return;
        var remedy = searcher.Manifest is { } manifest && IsOwnIndex(manifest, sources.Resolve())
            ? "the bot embeds its own index at its next start when the service answers"
            : $"rebuild it with 'indexer build --embeddings URL --embeddings-model {model}'";
        KnowledgeLog.WordsOnly(logger, generation, searcher.EmbeddingModel ?? "no", model, remedy);
    }

    // Before the laws were bundled the bot indexed the samples alone: such an index answers labor questions without
    // the law, so an upgraded bot that still serves its own default rebuilds it with the laws.
    private bool WithoutBundledLaws(IndexManifest manifest) =>
        options.Value.BuildWhenMissing && sources.AreBundled
        && manifest.Sources.SequenceEqual([Path.Combine(AppContext.BaseDirectory, "samples")], StringComparer.Ordinal);

    // Built by the bot from the configured sources, and the bot may build: then it is the bot's to rebuild.
    private bool IsOwnIndex(IndexManifest manifest, IReadOnlyList<string> roots) =>
        options.Value.BuildWhenMissing
        && manifest.Sources.Order(StringComparer.Ordinal).SequenceEqual(roots.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

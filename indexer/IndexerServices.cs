using Assistant.Indexer.Embeddings;
using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;

namespace Assistant.Indexer;

/// <summary>What the commands need from outside: time, the environment, the analysis every command must share with the
/// bot, and the embedding service.</summary>
/// <param name="time">The clock.</param>
/// <param name="environment">Reads an environment variable (null when unset); tests pass their own.</param>
internal sealed class IndexerServices(TimeProvider time, Func<string, string?> environment)
{
    public TimeProvider Time { get; } = time;

    public AnalyzerSet CreateAnalyzers() => new(LoadGlossary());

    public Glossary LoadGlossary() => Glossary.LoadDefault();

    public KnowledgeSearcher OpenSearcher(IndexLocation location, AnalyzerSet analyzers, RankingOptions? ranking = null) =>
        new(location, analyzers, Time, new KnowledgeSearcherOptions { Ranking = ranking ?? RankingOptions.Default });

    /// <summary>The embedding service's API key, from the environment only.</summary>
    public string? EmbeddingsApiKey => environment(EmbeddingOptions.ApiKeyVariable);

    public EmbeddingClient CreateEmbeddingClient(EmbeddingServiceOptions options) => new(options, Time);
}

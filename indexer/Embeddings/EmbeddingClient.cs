using Assistant.Knowledge.Embeddings;

namespace Assistant.Indexer.Embeddings;

/// <summary>The embedding service for one command run: an HttpClient of its own and the embedder over it.</summary>
internal sealed class EmbeddingClient : IDisposable
{
    /// <summary>Requests tried when the service says it is busy (429, 503), each after the wait it names: a build of
    /// hours should not be lost to a model server that is briefly full.</summary>
    public const int MaxAttempts = 5;

    // No timeout of the client's own: the embedder's per-request timeout governs and names the service when it expires,
    // where HttpClient's default 100 s would cut a slow batch short with a bare TaskCanceledException.
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public EmbeddingClient(EmbeddingServiceOptions options, TimeProvider time) =>
        Embedder = new HttpTextEmbedder(_http, options, time, MaxAttempts);

    public ITextEmbedder Embedder { get; }

    public void Dispose() => _http.Dispose();
}

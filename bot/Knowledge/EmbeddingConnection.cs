using Assistant.Bot.Generation;
using Assistant.Knowledge.Embeddings;

namespace Assistant.Bot.Knowledge;

/// <summary>
/// The bot's connection to the embedding service: our own HttpClient, whose per-request timeout is the caller's
/// (never HttpClient's 100 s default), and the knowledge library's client on it. Disposing it closes the HttpClient.
/// </summary>
internal sealed class EmbeddingConnection : IDisposable
{
    private readonly HttpClient _http;

    /// <param name="options">The settings; a provider must be set.</param>
    /// <param name="timeout">Time allowed for one request, connecting included.</param>
    /// <param name="maxAttempts">Attempts at a busy service (429, 503); other failures are not retried.</param>
    /// <param name="time">The clock retry waits are measured on.</param>
    public EmbeddingConnection(EmbeddingOptions options, TimeSpan timeout, int maxAttempts, TimeProvider time)
    {
        _http = ModelServiceHttp.CreateClient(timeout);
        try
        {
            Embedder = new HttpTextEmbedder(_http, options.Service(timeout), time, maxAttempts);
        }
        catch
        {
            _http.Dispose();
            throw;
        }
    }

    /// <summary>The client.</summary>
    public HttpTextEmbedder Embedder { get; }

    public void Dispose() => _http.Dispose();
}

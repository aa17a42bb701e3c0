namespace Assistant.Bot.Generation;

/// <summary>What every model service connection shares, chat and embeddings alike: how its address is checked and how
/// its HttpClient is built.</summary>
internal static class ModelServiceHttp
{
    /// <summary>True when <paramref name="endpoint"/> is an absolute http or https URL.</summary>
    public static bool IsServiceUrl(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>An HttpClient whose timeouts are the caller's (per attempt), never HttpClient's 100 s default.</summary>
    public static HttpClient CreateClient(TimeSpan connectTimeout) =>
        new(new SocketsHttpHandler
        {
            ConnectTimeout = connectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
}

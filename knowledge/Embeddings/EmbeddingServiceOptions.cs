namespace Assistant.Knowledge.Embeddings;

/// <summary>How to reach an embedding model.</summary>
/// <param name="Provider">The API's wire shape.</param>
/// <param name="Endpoint">Compatible servers: the base URL <c>embeddings</c> is appended to (<c>http://gpu01:8000/v1</c>);
/// Azure: the resource URL (<c>https://name.openai.azure.com/</c>).</param>
/// <param name="Model">The model name (compatible servers) or the deployment name (Azure).</param>
/// <param name="ApiKey">Bearer token or Azure key; optional for compatible servers on premises.</param>
/// <param name="ApiVersion">Azure only: the API version.</param>
/// <param name="Timeout">Time allowed for one request.</param>
public sealed record EmbeddingServiceOptions(
    EmbeddingProvider Provider,
    Uri Endpoint,
    string Model,
    string? ApiKey = null,
    string? ApiVersion = null,
    TimeSpan? Timeout = null)
{
    /// <summary>The Azure API version used when none is given.</summary>
    public const string DefaultAzureApiVersion = "2024-10-21";

    /// <summary>The address embeddings are posted to.</summary>
    public Uri RequestUri => Provider == EmbeddingProvider.AzureOpenAI
        ? new Uri(WithSlash(Endpoint), $"openai/deployments/{Uri.EscapeDataString(Model)}/embeddings?api-version={Uri.EscapeDataString(ApiVersion ?? DefaultAzureApiVersion)}")
        : new Uri(WithSlash(Endpoint), "embeddings");

    private static Uri WithSlash(Uri endpoint) =>
        endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
}

using System.ComponentModel.DataAnnotations;
using Assistant.Knowledge.Embeddings;

namespace Assistant.Bot.Knowledge;

/// <summary>The optional embedding model that puts articles and questions into one vector space, so a question asked in
/// other words than the articles' still finds them. Off by default: retrieval is lexical.</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Knowledge:Embeddings";

    /// <summary><see cref="EmbeddingProvider.None"/> (default): no model, answers use the question's words only.</summary>
    public EmbeddingProvider Provider { get; set; } = EmbeddingProvider.None;

    /// <summary>Compatible servers: the base URL <c>embeddings</c> is appended to (<c>http://gpu01:8000/v1</c>);
    /// Azure: the resource URL (<c>https://name.openai.azure.com/</c>).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name (compatible servers) or the deployment name (Azure). The index records it, and questions
    /// are embedded only while the live index's vectors come from this model.</summary>
    public string? Model { get; set; }

    /// <summary>Bearer token (compatible servers, optional on premises) or Azure key (required there).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure only: the API version; empty: <see cref="EmbeddingServiceOptions.DefaultAzureApiVersion"/>.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Time allowed to embed one question, in one attempt; the search waits for it alongside the question's
    /// expansion.</summary>
    [Range(100, 5000)]
    public int BudgetMilliseconds { get; set; } = 1500;

    /// <summary>Articles per request when the bot builds its own index.</summary>
    [Range(1, 2048)]
    public int BatchSize { get; set; } = 32;

    /// <summary>Characters of each article (title, label and chapter first) embedded when the bot builds its own index.</summary>
    [Range(16, 32768)]
    public int MaxInputCharacters { get; set; } = 512;

    /// <summary>How the knowledge library reaches the service, with <paramref name="timeout"/> per request.</summary>
    internal EmbeddingServiceOptions Service(TimeSpan timeout) => new(
        Provider,
        new Uri(Endpoint!, UriKind.Absolute),
        Model!,
        string.IsNullOrWhiteSpace(ApiKey) ? null : ApiKey,
        string.IsNullOrWhiteSpace(ApiVersion) ? null : ApiVersion,
        timeout);
}

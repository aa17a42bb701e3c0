using System.CommandLine;
using Assistant.Knowledge.Embeddings;

namespace Assistant.Indexer.Embeddings;

/// <summary>
/// The flags naming an embedding model service, one definition for build, search and eval: an index's articles and the
/// questions searched against it must be embedded by the same model, so the three commands are told about it alike.
/// The API key is read from <see cref="ApiKeyVariable"/> only, never from a flag, which would leave it in shell history.
/// </summary>
internal sealed class EmbeddingOptions
{
    /// <summary>The environment variable holding the service's API key (Bearer token, or the Azure key).</summary>
    public const string ApiKeyVariable = "ASSISTANT_EMBEDDINGS_API_KEY";

    // Per request, not per run: a batch of articles on a model served by CPU can take tens of seconds, and a whole build
    // hours; the embedder retries a busy service within this budget per attempt.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(120);

    public Option<string?> Url { get; } = new("--embeddings")
    {
        Description = "Base URL of an embedding model service (OpenAI-compatible such as http://gpu01:8000/v1, or an Azure OpenAI " +
                      $"resource); turns vector search on. The API key, if one is needed, is read from {ApiKeyVariable}",
    };

    public Option<string?> Model { get; } = new("--embeddings-model")
    {
        Description = "The embedding model's name (Azure: the deployment's); required with --embeddings",
    };

    public Option<string> Provider { get; } = new("--embeddings-provider")
    {
        Description = "openai (any server speaking OpenAI's embeddings API: vLLM, Ollama, Xinference, TEI…) or azure",
        DefaultValueFactory = _ => "openai",
    };

    public Option<string?> ApiVersion { get; } = new("--embeddings-api-version")
    {
        Description = $"Azure only: the API version (default {EmbeddingServiceOptions.DefaultAzureApiVersion})",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Url);
        command.Options.Add(Model);
        command.Options.Add(Provider);
        command.Options.Add(ApiVersion);
    }

    /// <summary>The service the flags name, or null when <c>--embeddings</c> is not given.</summary>
    /// <exception cref="BadArgumentException">A flag is missing, malformed or does not fit the others.</exception>
    public EmbeddingServiceOptions? Read(ParseResult result, string? apiKey)
    {
        var url = result.GetValue(Url);
        if (string.IsNullOrWhiteSpace(url))
        {
            // A model or provider given without the service would otherwise be ignored without a word.
            if (new Option[] { Model, Provider, ApiVersion }.FirstOrDefault(o => IsGiven(result, o)) is { } stray)
                throw new BadArgumentException($"{stray.Name}: needs --embeddings URL, the embedding service's base address.");
            return null;
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            throw new BadArgumentException($"{Url.Name}: '{url}' is not an absolute http or https URL (e.g. http://gpu01:8000/v1).");
        // The URL is echoed in messages and kept in shell history: a key in it would leak twice.
        if (endpoint.UserInfo.Length > 0)
            throw new BadArgumentException($"{Url.Name}: the URL carries credentials; put the API key in {ApiKeyVariable} instead.");

        var model = result.GetValue(Model)?.Trim();
        if (string.IsNullOrEmpty(model))
            throw new BadArgumentException($"{Model.Name}: required with --embeddings (the model's name; for Azure, the deployment's).");

        var provider = result.GetValue(Provider)?.Trim().ToLowerInvariant() switch
        {
            "openai" => EmbeddingProvider.OpenAICompatible,
            "azure" => EmbeddingProvider.AzureOpenAI,
            var other => throw new BadArgumentException($"{Provider.Name}: '{other}' is neither openai nor azure."),
        };
        var apiVersion = result.GetValue(ApiVersion)?.Trim();
        if (provider != EmbeddingProvider.AzureOpenAI && IsGiven(result, ApiVersion))
            throw new BadArgumentException($"{ApiVersion.Name}: only Azure takes an API version; add --embeddings-provider azure or leave it out.");
        if (IsGiven(result, ApiVersion) && string.IsNullOrEmpty(apiVersion))
            throw new BadArgumentException($"{ApiVersion.Name}: empty.");
        // Azure refuses every request without a key; saying so now beats a 401 after the sources were read.
        if (provider == EmbeddingProvider.AzureOpenAI && string.IsNullOrEmpty(apiKey))
            throw new BadArgumentException($"{Provider.Name}: azure needs its key in the environment variable {ApiKeyVariable}.");

        return new EmbeddingServiceOptions(
            provider, endpoint, model, string.IsNullOrEmpty(apiKey) ? null : apiKey, apiVersion, RequestTimeout);
    }

    /// <summary>True when <paramref name="option"/> was written on the command line, not defaulted.</summary>
    public static bool IsGiven(ParseResult result, Option option) => result.GetResult(option) is { Implicit: false };
}

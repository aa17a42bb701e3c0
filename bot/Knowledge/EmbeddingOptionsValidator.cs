using Assistant.Bot.Generation;
using Assistant.Knowledge.Embeddings;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Knowledge;

/// <summary>Checks what data annotations can't: the settings a provider needs, and that embedding a question still
/// leaves the answer its budget within the channel's turn.</summary>
public sealed class EmbeddingOptionsValidator(IOptions<GenerationOptions> generation) : IValidateOptions<EmbeddingOptions>
{
    // A turn must be answered within the channel's 15 s; the search waits for the question's vector (alongside the
    // expansion), then the model writes the answer.
    private const int TurnBudgetSeconds = 14;

    public ValidateOptionsResult Validate(string? name, EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == EmbeddingProvider.None)
            return ValidateOptionsResult.Success;

        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
            failures.Add("Knowledge:Embeddings:Provider must be None, OpenAICompatible or AzureOpenAI.");
        if (string.IsNullOrWhiteSpace(options.Endpoint))
            failures.Add("Knowledge:Embeddings:Endpoint is required when a provider is set.");
        else if (!ModelServiceHttp.IsServiceUrl(options.Endpoint))
            failures.Add("Knowledge:Embeddings:Endpoint must be an absolute http(s) URL.");
        if (string.IsNullOrWhiteSpace(options.Model))
            failures.Add("Knowledge:Embeddings:Model is required when a provider is set (the model name; for AzureOpenAI the deployment name).");
        if (options.Provider == EmbeddingProvider.AzureOpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
            failures.Add("Knowledge:Embeddings:ApiKey is required for AzureOpenAI.");

        var answering = generation.Value;
        if (answering.Provider != GenerationProvider.None
            && options.BudgetMilliseconds / 1000.0 + answering.TotalBudgetSeconds > TurnBudgetSeconds)
            failures.Add($"Knowledge:Embeddings:BudgetMilliseconds plus Generation:TotalBudgetSeconds must be at most {TurnBudgetSeconds} s "
                + "(the channel's 15 s turn) while a generation provider is set.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using Microsoft.Extensions.Options;

namespace Assistant.Bot.Generation;

/// <summary>Checks what data annotations can't: the settings each provider needs, and the budget.</summary>
public sealed class GenerationOptionsValidator : IValidateOptions<GenerationOptions>
{
    // A turn must be answered within the channel's 15 s; the expansion and the answer are awaited one after the other.
    private const int TurnBudgetSeconds = 14;

    public ValidateOptionsResult Validate(string? name, GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == GenerationProvider.None)
            return ValidateOptionsResult.Success;

        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
            failures.Add($"Generation:Provider must be None, AzureOpenAI or OpenAICompatible.");
        if (string.IsNullOrWhiteSpace(options.Endpoint))
            failures.Add("Generation:Endpoint is required when a provider is set.");
        else if (!ModelServiceHttp.IsServiceUrl(options.Endpoint))
            failures.Add("Generation:Endpoint must be an absolute http(s) URL.");

        if (options.Provider == GenerationProvider.AzureOpenAI)
        {
            if (string.IsNullOrWhiteSpace(options.Deployment))
                failures.Add("Generation:Deployment is required for AzureOpenAI.");
            var hasKey = !string.IsNullOrWhiteSpace(options.ApiKey);
            if (hasKey == options.UseEntraCredential)
                failures.Add("Generation:ApiKey or Generation:UseEntraCredential (exactly one) is required for AzureOpenAI.");
        }
        else if (options.Provider == GenerationProvider.OpenAICompatible)
        {
            if (string.IsNullOrWhiteSpace(options.Model))
                failures.Add("Generation:Model is required for OpenAICompatible.");
            if (options.UseEntraCredential)
                failures.Add("Generation:UseEntraCredential applies to AzureOpenAI only.");
        }

        if (options.TotalBudgetSeconds < options.TimeoutSeconds)
            failures.Add("Generation:TotalBudgetSeconds must be at least Generation:TimeoutSeconds.");
        if (options.ExpandQuestions && options.ExpansionBudgetSeconds + options.TotalBudgetSeconds > TurnBudgetSeconds)
            failures.Add($"Generation:ExpansionBudgetSeconds plus Generation:TotalBudgetSeconds must be at most {TurnBudgetSeconds} s "
                + "(the channel's 15 s turn) while Generation:ExpandQuestions is true.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

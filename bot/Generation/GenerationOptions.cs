using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Generation;

/// <summary>The optional language model that writes answers from retrieved articles (and expands questions, case summaries).</summary>
public sealed class GenerationOptions
{
    public const string SectionName = "Generation";

    /// <summary><see cref="GenerationProvider.None"/> (default) keeps every answer extractive.</summary>
    public GenerationProvider Provider { get; set; } = GenerationProvider.None;

    /// <summary>Service address. Azure: <c>https://name.openai.azure.com/</c>; compatible servers: the base URL the
    /// OpenAI client appends <c>chat/completions</c> to, e.g. <c>http://llm:8000/v1</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>Model name sent to an OpenAI-compatible server.</summary>
    public string? Model { get; set; }

    /// <summary>API key. Optional for compatible servers; for Azure, a key or <see cref="UseEntraCredential"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure only: authenticate with <c>DefaultAzureCredential</c> (managed identity, workload identity…).</summary>
    public bool UseEntraCredential { get; set; }

    /// <summary>Azure only: the service API version (e.g. <c>2024-10-21</c>); empty: the connector's default.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Time allowed for one attempt.</summary>
    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>Time allowed for all attempts together, retry waits included; stays under the channel's 15 s.</summary>
    [Range(1, 14)]
    public int TotalBudgetSeconds { get; set; } = 12;

    /// <summary>Time allowed for a case summary: one attempt, while the employee waits for the case to open.</summary>
    [Range(1, 10)]
    public int SummaryBudgetSeconds { get; set; } = 3;

    /// <summary>With a provider set, ask the model for the legal terms of each question before searching (ranking only).</summary>
    public bool ExpandQuestions { get; set; } = true;

    /// <summary>Time allowed for that one attempt; the search waits for it, so it counts against the channel's 15 s too.</summary>
    [Range(1, 5)]
    public int ExpansionBudgetSeconds { get; set; } = 2;

    /// <summary>Retries after a timeout, a 429 or a 5xx.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>At most this many retrieved articles are given to the model.</summary>
    [Range(1, 20)]
    public int MaxArticles { get; set; } = 5;

    /// <summary>Upper bound on the answer's length in tokens.</summary>
    [Range(16, 4096)]
    public int MaxOutputTokens { get; set; } = 600;

    /// <summary>Sampling temperature; low keeps the model close to the articles.</summary>
    [Range(0.0, 2.0)]
    public double Temperature { get; set; } = 0.1;
}

namespace Assistant.Bot.Generation;

/// <summary>Which model service writes generated answers.</summary>
public enum GenerationProvider
{
    /// <summary>No model: every answer is extractive.</summary>
    None,

    /// <summary>An Azure OpenAI deployment (key or Entra ID).</summary>
    AzureOpenAI,

    /// <summary>Any server speaking the OpenAI chat completions protocol (vLLM, Ollama, an on-premises gateway).</summary>
    OpenAICompatible,
}

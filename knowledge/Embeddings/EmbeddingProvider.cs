namespace Assistant.Knowledge.Embeddings;

/// <summary>Which wire shape of the embeddings API the service speaks.</summary>
public enum EmbeddingProvider
{
    /// <summary>No embedding model: retrieval is lexical only.</summary>
    None,

    /// <summary><c>POST {endpoint}/embeddings</c> with <c>Authorization: Bearer</c>: OpenAI and the on-premises servers that
    /// copy its API (vLLM, Xinference, Ollama, text-embeddings-inference, LocalAI).</summary>
    OpenAICompatible,

    /// <summary><c>POST {endpoint}/openai/deployments/{deployment}/embeddings?api-version=…</c> with an <c>api-key</c> header.</summary>
    AzureOpenAI,
}

namespace Assistant.Bot.Knowledge;

/// <summary>
/// Turns a question into a vector with the configured embedding model, when one is configured, so the search can find
/// articles that say what the question means in other words.
/// </summary>
public interface IQuestionEmbedder
{
    /// <summary>True when an embedding model is configured.</summary>
    bool IsEnabled { get; }

    /// <summary>The configured model's name (null when disabled): a question is embedded only for an index whose
    /// vectors this model made.</summary>
    string? Model { get; }

    /// <summary>The question's vector, within a small budget. Personal numbers are masked before anything is sent.</summary>
    /// <exception cref="TimeoutException">The service took longer than the budget.</exception>
    /// <exception cref="Assistant.Knowledge.Embeddings.EmbeddingServiceException">The service failed or answered out of shape.</exception>
    Task<float[]> EmbedAsync(string question, CancellationToken cancellationToken);
}

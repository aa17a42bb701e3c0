namespace Assistant.Knowledge.Embeddings;

/// <summary>Turns texts into vectors with one embedding model. The vectors of an index and of the questions searched
/// against it must come from the same <see cref="Model"/>.</summary>
public interface ITextEmbedder
{
    /// <summary>The model's name as the service knows it; recorded in the index manifest.</summary>
    string Model { get; }

    /// <summary>One vector per text, in order.</summary>
    /// <exception cref="EmbeddingServiceException">The service refused, failed or answered out of shape.</exception>
    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}

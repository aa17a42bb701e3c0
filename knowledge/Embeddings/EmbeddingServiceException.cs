namespace Assistant.Knowledge.Embeddings;

/// <summary>The embedding service could not be used; the message names the service, never the texts sent.</summary>
public sealed class EmbeddingServiceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EmbeddingServiceException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}

namespace Assistant.Bot.Knowledge;

/// <summary>No embedding model configured: questions are searched by their words alone, and nothing is ever sent.</summary>
public sealed class DisabledQuestionEmbedder : IQuestionEmbedder
{
    public bool IsEnabled => false;

    public string? Model => null;

    // Never asked while IsEnabled is false; asking anyway is a bug, not a reason to send the question anywhere.
    public Task<float[]> EmbedAsync(string question, CancellationToken cancellationToken) =>
        Task.FromException<float[]>(new InvalidOperationException("No embedding model is configured (Knowledge:Embeddings:Provider is None)."));
}

using Assistant.Bot.Knowledge;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Bot.Tests.Support;

/// <summary>
/// A stand-in question embedder: the concept model's vector (<see cref="EmbeddingServer.Embed"/>), or a failure; it
/// remembers the questions it was given and can wait for something before answering.
/// </summary>
public sealed class FakeQuestionEmbedder(
    string model = EmbeddedSampleIndexFixture.Model, Exception? failure = null, bool enabled = true, Func<Task>? before = null) : IQuestionEmbedder
{
    public bool IsEnabled => enabled;

    public string? Model => enabled ? model : null;

    public List<string> Questions { get; } = [];

    public async Task<float[]> EmbedAsync(string question, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        if (before is not null)
            await before();
        if (failure is not null)
            throw failure;
        return EmbeddingServer.Embed(question);
    }
}

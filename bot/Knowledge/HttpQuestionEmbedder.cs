using Microsoft.Extensions.Options;
using Assistant.Bot.Privacy;

namespace Assistant.Bot.Knowledge;

/// <summary>
/// Embeds a question with the configured model: one attempt within <see cref="EmbeddingOptions.BudgetMilliseconds"/>.
/// The search waits for it, so a slow or failing service costs at most that budget and the question is then searched
/// by its words. Phone, ID-card and bank numbers are masked first: they mean nothing to the model and are not its to see.
/// </summary>
internal sealed class HttpQuestionEmbedder : IQuestionEmbedder, IDisposable
{
    private readonly EmbeddingConnection _connection;
    private readonly SensitiveDataMasker _masker;
    private readonly TimeProvider _time;
    private readonly TimeSpan _budget;

    public HttpQuestionEmbedder(IOptions<EmbeddingOptions> options, SensitiveDataMasker masker, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _budget = TimeSpan.FromMilliseconds(options.Value.BudgetMilliseconds);
        // One attempt: a busy service's Retry-After is longer than the whole budget.
        _connection = new EmbeddingConnection(options.Value, _budget, maxAttempts: 1, time);
        _masker = masker;
        _time = time;
    }

    public bool IsEnabled => true;

    public string? Model => _connection.Embedder.Model;

    public async Task<float[]> EmbedAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        // The budget covers the whole call, reading the answer included, on the bot's clock.
        using var timer = new CancellationTokenSource(_budget, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            var vectors = await _connection.Embedder.EmbedAsync([_masker.Mask(question)], linked.Token);
            return vectors[0];
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The embedding service did not answer within {_budget.TotalMilliseconds:0} ms.");
        }
    }

    public void Dispose() => _connection.Dispose();
}

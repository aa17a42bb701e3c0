using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Assistant.Bot.Knowledge;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Assistant.Bot.Privacy;

namespace Assistant.Bot.Tests.Knowledge;

/// <summary>The bot's question embedder against a loopback embedding service: what it sends, and its one attempt within
/// the budget.</summary>
public sealed class HttpQuestionEmbedderTests : IDisposable
{
    private readonly EmbeddingServer _server = new();

    private static HttpQuestionEmbedder Embedder(Uri endpoint, TimeProvider? time = null, string? apiKey = null) => new(
        Microsoft.Extensions.Options.Options.Create(new EmbeddingOptions
        {
            Provider = EmbeddingProvider.OpenAICompatible,
            Endpoint = endpoint.AbsoluteUri,
            Model = "concepts",
            ApiKey = apiKey,
        }),
        new SensitiveDataMasker(),
        time ?? TimeProvider.System);

    [Fact]
    public async Task The_question_is_sent_masked_to_the_configured_model_and_its_vector_returned()
    {
        using var embedder = Embedder(_server.Endpoint, apiKey: "key-1");

        var vector = await embedder.EmbedAsync("被辞退了有遣散费吗？我的电话13812345678", CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        var input = Assert.Single((JsonArray)request.Body["input"]!)!.GetValue<string>();
        Assert.Equal("被辞退了有遣散费吗？我的电话138****5678", input);
        Assert.Equal("concepts", request.Body["model"]!.GetValue<string>());
        Assert.Equal("Bearer key-1", request.Headers["Authorization"]);
        Assert.Equal(EmbeddingServer.Embed(input), vector);
        Assert.Equal("concepts", embedder.Model);
    }

    [Fact]
    public async Task A_busy_service_is_not_retried_within_the_question_s_budget()
    {
        using var embedder = Embedder(_server.Endpoint);
        _server.FailNext(503, retryAfter: "1");

        await Assert.ThrowsAsync<EmbeddingServiceException>(() => embedder.EmbedAsync("年假有几天", CancellationToken.None));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_within_the_budget_times_out()
    {
        // Accepts connections (the system does, for the backlog) and never answers.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var embedder = Embedder(new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/v1"), time);

        var embedding = embedder.EmbedAsync("年假有几天", CancellationToken.None);
        Assert.False(embedding.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1500));

        await Assert.ThrowsAsync<TimeoutException>(() => embedding);
    }

    [Fact]
    public async Task The_caller_s_cancellation_is_not_a_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var embedder = Embedder(new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/v1"), new FakeTimeProvider());
        using var cancel = new CancellationTokenSource();

        var embedding = embedder.EmbedAsync("年假有几天", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => embedding);
    }

    public void Dispose() => _server.Dispose();
}

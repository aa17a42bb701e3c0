using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Embeddings;

public sealed class HttpTextEmbedderTests : IDisposable
{
    private readonly EmbeddingServer _server = new();
    private readonly HttpClient _http = new();

    private HttpTextEmbedder Compatible(int attempts = 1, string? key = "secret") =>
        new(_http, new EmbeddingServiceOptions(EmbeddingProvider.OpenAICompatible, _server.Endpoint, "bge-m3", key), TimeProvider.System, attempts);

    [Fact]
    public async Task An_openai_compatible_server_gets_the_model_the_texts_floats_and_the_bearer_key()
    {
        var vectors = await Compatible().EmbedAsync(["被炒了有遣散费吗", "加班"], CancellationToken.None);

        Assert.Equal(EmbeddingServer.Embed("被炒了有遣散费吗"), vectors[0]);
        Assert.Equal(EmbeddingServer.Embed("加班"), vectors[1]);
        var (path, headers, body) = Assert.Single(_server.Requests);
        Assert.Equal("/v1/embeddings", path);
        Assert.Equal("Bearer secret", headers["Authorization"]);
        Assert.Equal("bge-m3", body["model"]!.GetValue<string>());
        Assert.Equal("float", body["encoding_format"]!.GetValue<string>());
    }

    [Fact]
    public async Task Azure_gets_the_deployment_in_the_path_the_api_version_and_the_key_header()
    {
        var embedder = new HttpTextEmbedder(_http, new EmbeddingServiceOptions(
            EmbeddingProvider.AzureOpenAI, new Uri($"http://127.0.0.1:{_server.Port}"), "embed-large", "azure-key", "2024-10-21"), TimeProvider.System);

        var vectors = await embedder.EmbedAsync(["年休假"], CancellationToken.None);

        Assert.Equal(EmbeddingServer.Embed("年休假"), vectors[0]);
        var (path, headers, body) = Assert.Single(_server.Requests);
        Assert.Equal("/openai/deployments/embed-large/embeddings?api-version=2024-10-21", path);
        Assert.Equal("azure-key", headers["api-key"]);
        Assert.Null(headers["Authorization"]);
        Assert.Null(body["model"]);
    }

    [Fact]
    public async Task Vectors_answered_in_base64_are_decoded()
    {
        _server.AnswerInBase64 = true;

        var vectors = await Compatible().EmbedAsync(["坐牢"], CancellationToken.None);

        Assert.Equal(EmbeddingServer.Embed("坐牢"), vectors[0]);
    }

    [Fact]
    public async Task A_refused_key_fails_with_the_service_and_the_advice_never_the_texts()
    {
        _server.FailNext(401, "{\"error\":{\"message\":\"invalid api key\"}}");

        var failure = await Assert.ThrowsAsync<EmbeddingServiceException>(() => Compatible().EmbedAsync(["我被辞退了"], CancellationToken.None));

        Assert.Contains($"127.0.0.1:{_server.Port}/v1/embeddings", failure.Message);
        Assert.Contains("401", failure.Message);
        Assert.Contains("invalid api key", failure.Message);
        Assert.Contains("Check the API key", failure.Message);
        Assert.DoesNotContain("辞退", failure.Message);
    }

    [Fact]
    public async Task A_busy_service_is_asked_again_after_its_retry_after_when_attempts_remain()
    {
        _server.FailNext(429, retryAfter: "0");

        var vectors = await Compatible(attempts: 2).EmbedAsync(["加班"], CancellationToken.None);

        Assert.Equal(EmbeddingServer.Embed("加班"), vectors[0]);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_busy_service_fails_the_one_attempt_a_question_gets()
    {
        _server.FailNext(503, "not json");

        var failure = await Assert.ThrowsAsync<EmbeddingServiceException>(() => Compatible().EmbedAsync(["加班"], CancellationToken.None));

        Assert.Contains("503", failure.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task An_answer_with_the_wrong_number_of_vectors_is_refused()
    {
        _server.FailNext(200, "{\"data\":[{\"index\":0,\"embedding\":[1,2]}]}");

        var failure = await Assert.ThrowsAsync<EmbeddingServiceException>(() => Compatible().EmbedAsync(["a", "b"], CancellationToken.None));

        Assert.Contains("returned 1 vectors for 2 texts", failure.Message);
    }

    [Fact]
    public async Task A_service_nobody_listens_on_fails_with_its_address()
    {
        var port = _server.Port;
        _server.Dispose();
        var embedder = new HttpTextEmbedder(_http, new EmbeddingServiceOptions(
            EmbeddingProvider.OpenAICompatible, new Uri($"http://127.0.0.1:{port}/v1"), "bge-m3"), TimeProvider.System);

        var failure = await Assert.ThrowsAsync<EmbeddingServiceException>(() => embedder.EmbedAsync(["加班"], CancellationToken.None));

        Assert.Contains("cannot be reached", failure.Message);
        Assert.Contains($"127.0.0.1:{port}", failure.Message);
    }

    public void Dispose()
    {
        _server.Dispose();
        _http.Dispose();
    }
}

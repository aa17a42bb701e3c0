using System.Text.Json;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Assistant.Bot.Conversations;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Tests.Support;
using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Knowledge;

/// <summary>
/// The real bot with an embedding model configured (the loopback concept model): its first-start index gets vectors,
/// questions are embedded with the model that made them, and a service that fails never stops the bot or a turn.
/// </summary>
public sealed class EmbeddingModelTests : IDisposable
{
    // "sacked" is in no sample; words alone rank the guide's section on unlawful dismissal first, the concept model
    // the one on severance pay.
    private const string Question = "I got sacked, do I get anything?";
    private const string Severance = "Workers'RightsGuide#Do I get severance pay (economic compensation) if the company lets me go?";
    private const string ApiKey = "s3cret-embedding-key";

    private readonly EmbeddingServer _server = new();
    private readonly LogCapture _logs = new();
    // The bot creates it.
    private readonly TempFolder _dataFolder = new(create: false);

    private IndexLocation Index => new(_dataFolder.Combine("index"));

    private Dictionary<string, string?> Settings(Uri? endpoint = null) => new()
    {
        ["Knowledge:Embeddings:Provider"] = "OpenAICompatible",
        ["Knowledge:Embeddings:Endpoint"] = (endpoint ?? _server.Endpoint).AbsoluteUri,
        ["Knowledge:Embeddings:Model"] = "concepts",
        ["Knowledge:Embeddings:ApiKey"] = ApiKey,
        ["Knowledge:Embeddings:BatchSize"] = "16",
        ["Knowledge:Embeddings:MaxInputCharacters"] = "200",
    };

    [Fact]
    public async Task The_first_start_builds_the_samples_with_the_model_s_vectors_and_healthz_names_the_model()
    {
        using var factory = new BotFactory(Settings(), _dataFolder.Path, _logs);
        using var client = factory.CreateClient();
        using var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
        Assert.Equal("concepts", health.RootElement.GetProperty("index").GetProperty("vectors").GetString());

        var manifest = Index.ReadManifest(Index.ReadCurrentGeneration()!)!;
        Assert.Equal("concepts", manifest.Embeddings?.Model);
        Assert.Equal(200, manifest.Embeddings!.MaxInputCharacters);
        Assert.Equal(manifest.Articles, manifest.Embeddings.Embedded + manifest.Embeddings.Reused);
        var inputs = _server.Requests.Select(r => (JsonArray)r.Body["input"]!).ToList();
        Assert.All(inputs, input => Assert.InRange(input.Count, 1, 16));
        var texts = inputs.SelectMany(input => input.Select(text => text!.GetValue<string>())).ToList();
        Assert.All(texts, text => Assert.True(text.Length <= 200));
        Assert.Contains(texts, text => text.Contains("Do I get severance pay", StringComparison.Ordinal));
        Assert.All(_server.Requests, r => Assert.Equal("Bearer " + ApiKey, r.Headers["Authorization"]));
        Assert.Empty(_logs.Of(1010));
        Assert.DoesNotContain(ApiKey, _logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_in_other_words_than_the_articles_is_answered_with_the_article_that_means_it()
    {
        string plainFirst;
        using (var plain = new BotFactory())
            plainFirst = (await AskAsync(plain, Question)).Lead();
        using var factory = new BotFactory(Settings(), _dataFolder.Path, _logs);
        var articlesEmbedded = Start(factory);

        var card = await AskAsync(factory, Question);

        Assert.NotEqual(Severance, plainFirst);
        Assert.Equal(Severance, card.Lead());
        Assert.Equal(articlesEmbedded + 1, _server.TextsEmbedded);
        Assert.Equal(Question, Assert.Single(_server.Requests.Last().Body["input"]!.AsArray())!.GetValue<string>());
        Assert.DoesNotContain(Question, _logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_failing_on_a_question_leaves_it_answered_by_its_words()
    {
        string plainFirst;
        using (var plain = new BotFactory())
            plainFirst = (await AskAsync(plain, Question)).Lead();
        using var factory = new BotFactory(Settings(), _dataFolder.Path, _logs);
        Start(factory);
        _server.FailNext(500, "{\"error\":{\"message\":\"model not loaded\"}}");

        var failed = await AskAsync(factory, Question, "conv-failed");
        var next = await AskAsync(factory, Question, "conv-next");

        Assert.Equal(plainFirst, failed.Lead());
        Assert.Equal(Severance, next.Lead());
        var warning = Assert.Single(_logs.Of(2103));
        Assert.Contains("EmbeddingServiceException", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(Question, _logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("model not loaded", _logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_service_down_at_first_start_the_bot_starts_on_an_index_without_vectors()
    {
        using var factory = new BotFactory(Settings(ClosedEndpoint()), _dataFolder.Path, _logs);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        var manifest = Index.ReadManifest(Index.ReadCurrentGeneration()!)!;
        Assert.Null(manifest.Embeddings);
        Assert.True(manifest.Articles > 0);
        Assert.Contains("cannot be reached", Assert.Single(_logs.Of(1008)), StringComparison.Ordinal);
        Assert.Contains("words only", Assert.Single(_logs.Of(1010)), StringComparison.Ordinal);
        // Answered by its words, without trying the service for the question: the index has no vectors of its model.
        Assert.NotEmpty((await AskAsync(factory, Question)).Citations);
        Assert.Empty(_logs.Of(2103));
    }

    [Fact]
    public void The_bot_s_own_index_without_vectors_is_embedded_at_the_next_start()
    {
        string before;
        using (var plain = new BotFactory(dataFolder: _dataFolder.Path))
        {
            _ = plain.Services;
            before = Index.ReadCurrentGeneration()!;
        }

        using var factory = new BotFactory(Settings(), _dataFolder.Path, _logs);
        _ = factory.Services;

        var live = Index.ReadCurrentGeneration()!;
        Assert.NotEqual(before, live);
        Assert.Equal("concepts", Index.ReadManifest(live)!.Embeddings?.Model);
        Assert.Empty(_logs.Of(1010));
    }

    [Fact]
    public void The_bot_s_own_index_keeps_serving_when_the_service_fails_at_the_next_start()
    {
        string before;
        using (var plain = new BotFactory(dataFolder: _dataFolder.Path))
        {
            _ = plain.Services;
            before = Index.ReadCurrentGeneration()!;
        }
        _server.FailNext(500, "{\"error\":{\"message\":\"model not loaded\"}}");

        using var factory = new BotFactory(Settings(), _dataFolder.Path, _logs);
        _ = factory.Services;

        Assert.Equal(before, Index.ReadCurrentGeneration());
        Assert.Contains("model not loaded", Assert.Single(_logs.Of(1011)), StringComparison.Ordinal);
        Assert.Contains("next start", Assert.Single(_logs.Of(1010)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_built_by_the_operator_without_vectors_is_left_to_them_with_one_warning()
    {
        var sources = _dataFolder.Combine("operator-sources");
        Directory.CreateDirectory(sources);
        File.WriteAllText(Path.Combine(sources, "rules.md"), "# 某公司考勤制度\n\n第一条 职工应当按时上下班。\n\n第二条 旷工一日扣发当日工资。\n");
        using var analyzers = new AnalyzerSet(Glossary.LoadDefault());
        var built = new SourceIndexer(new DocumentLoader(), new IndexBuilder(analyzers, TimeProvider.System))
            .Build([sources], Index, null, null, CancellationToken.None).Build.Generation;

        using var factory = new BotFactory(Settings(), _dataFolder.Path, _logs);
        await AskAsync(factory, "旷工一天扣多少工资");

        Assert.Equal(built, Index.ReadCurrentGeneration());
        Assert.Empty(_server.Requests);
        var warning = Assert.Single(_logs.Of(1010));
        Assert.Contains("indexer build --embeddings", warning, StringComparison.Ordinal);
        Assert.Contains("concepts", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_provider_nothing_is_sent_to_an_embedding_service()
    {
        var settings = Settings();
        settings["Knowledge:Embeddings:Provider"] = "None";
        using var factory = new BotFactory(settings, _dataFolder.Path, _logs);

        await AskAsync(factory, Question);

        Assert.IsType<DisabledQuestionEmbedder>(factory.Services.GetRequiredService<IQuestionEmbedder>());
        Assert.Null(Index.ReadManifest(Index.ReadCurrentGeneration()!)!.Embeddings);
        Assert.Empty(_server.Requests);
        Assert.Empty(_logs.Of(1010));
    }

    /// <summary>Starts the bot on an index with the model's vectors; returns the texts the first-start build embedded.</summary>
    private int Start(BotFactory factory)
    {
        _ = factory.Services;
        Assert.Equal("concepts", Index.ReadManifest(Index.ReadCurrentGeneration()!)!.Embeddings?.Model);
        return _server.TextsEmbedded;
    }

    private static async Task<AnswerCard> AskAsync(BotFactory factory, string question, string conversation = "conv-1")
    {
        var handler = factory.Services.GetRequiredService<ITurnHandler>();
        var result = await handler.HandleAsync(
            new IncomingMessage(new ConversationAddress("webchat", conversation), IncomingKind.Message, "user-1", "Worker", question, null, null,
                DateTimeOffset.UtcNow, "activity-1"),
            CancellationToken.None);
        var reply = Assert.Single(result.Replies);
        Assert.NotNull(reply.Card);
        return reply.Card;
    }

    // A port nothing listens on: connections are refused at once.
    private static Uri ClosedEndpoint()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1");
    }

    public void Dispose()
    {
        _server.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataFolder.Dispose();
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Indexer.Tests.Embeddings;

/// <summary>build, search, eval and stats with an embedding model served on loopback, through the real HTTP client.</summary>
public sealed class EmbeddingCommandTests : IDisposable
{
    // Shares no word with 劳动合同法 第四十七条 and the glossary does not know 散伙钱: only the model's concepts join it to
    // 经济补偿.
    private const string Colloquial = "散伙钱咋算";
    private const string Severance = "劳动合同法#第四十七条";

    private readonly SampleSources _files = new();
    private readonly EmbeddingServer _server = new();

    private string[] Embeddings(string model = "concepts") =>
        ["--embeddings", _server.Endpoint.AbsoluteUri, "--embeddings-model", model];

    private Task<CliRun> BuildEmbedded(params string[] extra) =>
        CliRun.Invoke(["build", "--source", _files.Sources, "--index", _files.Index, "--json", .. Embeddings(), .. extra]);

    private Task<CliRun> Search(string question, params string[] extra) =>
        CliRun.Invoke(["search", "--index", _files.Index, "--k", "3", "--json", .. extra, question]);

    private string LiveGeneration() => File.ReadAllText(Path.Combine(_files.Index, "CURRENT")).Trim();

    [Fact]
    public async Task Build_embeds_every_article_in_batches_records_the_model_and_a_rebuild_embeds_only_new_articles()
    {
        var first = await BuildEmbedded("--embeddings-batch", "2");

        Assert.Equal(0, first.ExitCode);
        using (var json = JsonDocument.Parse(first.LastLine))
        {
            var embeddings = json.RootElement.GetProperty("embeddings");
            Assert.Equal("concepts", embeddings.GetProperty("model").GetString());
            Assert.Equal(EmbeddingServer.Concepts.Length + 1, embeddings.GetProperty("dimensions").GetInt32());
            Assert.Equal(512, embeddings.GetProperty("maxInputCharacters").GetInt32());
            Assert.Equal((5, 0), (embeddings.GetProperty("embedded").GetInt32(), embeddings.GetProperty("reused").GetInt32()));
        }
        Assert.Equal(5, _server.TextsEmbedded);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.True(((JsonArray)r.Body["input"]!).Count <= 2));
        Assert.All(_server.Requests, r => Assert.Equal("concepts", r.Body["model"]!.GetValue<string>()));
        var location = new IndexLocation(_files.Index);
        Assert.Equal("concepts", location.ReadManifest(LiveGeneration())!.Embeddings!.Model);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_files.Index, "embeddings-cache")));
        Assert.Equal(0, (await CliRun.Invoke("verify", "--index", _files.Index)).ExitCode);

        File.WriteAllText(Path.Combine(_files.Sources, "社会法", "工会法(2021-12-24).md"), """
            # 中华人民共和国工会法

            <!-- INFO END -->

            第九条 工会各级组织按照民主集中制原则建立。

            """);
        var second = await BuildEmbedded();

        Assert.Equal(0, second.ExitCode);
        using (var json = JsonDocument.Parse(second.LastLine))
        {
            var embeddings = json.RootElement.GetProperty("embeddings");
            Assert.Equal((1, 5), (embeddings.GetProperty("embedded").GetInt32(), embeddings.GetProperty("reused").GetInt32()));
        }
        Assert.Equal(6, _server.TextsEmbedded);
    }

    [Fact]
    public async Task Build_without_json_shows_the_vectors_and_stats_shows_the_model()
    {
        var build = await CliRun.Invoke(["build", "--source", _files.Sources, "--index", _files.Index, .. Embeddings(), "--embeddings-max-chars", "64"]);

        Assert.Equal(0, build.ExitCode);
        // The console wraps at its width.
        var output = build.Output.Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains("Vectors of concepts (5 dimensions, first 64 characters of each article): 5 articles embedded, 0 from the cache", output);
        Assert.Contains(Path.Combine(_files.Index, "embeddings-cache"), output);
        Assert.All(_server.Requests, r => Assert.All((JsonArray)r.Body["input"]!, text => Assert.True(text!.GetValue<string>().Length <= 64)));

        var stats = await CliRun.Invoke("stats", "--index", _files.Index, "--json");
        using (var json = JsonDocument.Parse(stats.LastLine))
        {
            var embeddings = json.RootElement.GetProperty("embeddings");
            Assert.Equal(("concepts", 5), (embeddings.GetProperty("model").GetString(), embeddings.GetProperty("dimensions").GetInt32()));
        }
        var table = await CliRun.Invoke("stats", "--index", _files.Index);
        Assert.Contains("concepts, 5 dimensions", table.Output);

        // An index built by words alone says nothing about a model.
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");
        using (var json = JsonDocument.Parse((await CliRun.Invoke("stats", "--index", _files.Index, "--json")).LastLine))
            Assert.False(json.RootElement.TryGetProperty("embeddings", out _));
    }

    [Fact]
    public async Task Search_with_embeddings_finds_by_meaning_the_article_its_words_miss_and_sends_the_key_from_the_environment()
    {
        await BuildEmbedded();
        var built = _server.Requests.Count;

        var plain = await Search(Colloquial);
        var hybrid = await CliRun.Invoke(
            new Dictionary<string, string> { ["ASSISTANT_EMBEDDINGS_API_KEY"] = "sk-test" },
            ["search", "--index", _files.Index, "--k", "3", "--json", .. Embeddings(), Colloquial]);

        Assert.Equal((0, 0), (plain.ExitCode, hybrid.ExitCode));
        using (var before = JsonDocument.Parse(plain.LastLine))
        {
            var hits = before.RootElement.GetProperty("hits");
            Assert.True(hits.GetArrayLength() == 0 || hits[0].GetProperty("key").GetString() != Severance);
        }
        using (var after = JsonDocument.Parse(hybrid.LastLine))
            Assert.Equal(Severance, after.RootElement.GetProperty("hits")[0].GetProperty("key").GetString());
        var request = _server.Requests.Skip(built).Single();
        Assert.Equal(Colloquial, request.Body["input"]![0]!.GetValue<string>());
        Assert.Equal("Bearer sk-test", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task Eval_with_embeddings_scores_each_question_with_its_vector_asked_for_32_at_a_time()
    {
        await BuildEmbedded();
        var built = _server.Requests.Count;
        var qrels = Path.Combine(_files.Root, "colloquial.jsonl");
        // 40 questions: two requests, of 32 and 8.
        File.WriteAllLines(qrels, Enumerable.Range(1, 40).Select(i => i % 2 == 1
            ? $$"""{"id": {{i}}, "query": "{{Colloquial}}", "relevant": ["{{Severance}}"], "labor": true}"""
            : $$"""{"id": {{i}}, "query": "法定休假日加班工资是多少", "relevant": ["劳动法#第四十四条"], "labor": true}"""));

        var plain = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", qrels, "--json");
        var hybrid = await CliRun.Invoke(["eval", "--index", _files.Index, "--qrels", qrels, "--json", .. Embeddings()]);

        Assert.Equal((0, 0), (plain.ExitCode, hybrid.ExitCode));
        using var before = JsonDocument.Parse(plain.LastLine);
        using var after = JsonDocument.Parse(hybrid.LastLine);
        Assert.False(before.RootElement.TryGetProperty("embeddings", out _));
        Assert.Equal("concepts", after.RootElement.GetProperty("embeddings").GetString());
        Assert.Equal(40, after.RootElement.GetProperty("queries").GetInt32());
        Assert.True(after.RootElement.GetProperty("mrr@10").GetDouble() > before.RootElement.GetProperty("mrr@10").GetDouble());
        Assert.Equal(1.0, after.RootElement.GetProperty("recall@5").GetDouble());
        Assert.Equal([32, 8], _server.Requests.Skip(built).Select(r => ((JsonArray)r.Body["input"]!).Count));
    }

    [Fact]
    public async Task Eval_weighs_the_vectors_as_told_and_weight_0_ranks_by_words_alone()
    {
        await BuildEmbedded();
        var qrels = Path.Combine(_files.Root, "colloquial.jsonl");
        File.WriteAllLines(qrels, [$$"""{"id": 1, "query": "{{Colloquial}}", "relevant": ["{{Severance}}"], "labor": true}"""]);

        var plain = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", qrels, "--json");
        var none = await CliRun.Invoke(["eval", "--index", _files.Index, "--qrels", qrels, "--json", .. Embeddings(), "--embeddings-weight", "0"]);
        var full = await CliRun.Invoke(["eval", "--index", _files.Index, "--qrels", qrels, "--json", .. Embeddings(), "--embeddings-weight", "1"]);

        Assert.Equal((0, 0, 0), (plain.ExitCode, none.ExitCode, full.ExitCode));
        static double Mrr(string line) => JsonDocument.Parse(line).RootElement.GetProperty("mrr@10").GetDouble();
        Assert.Equal(Mrr(plain.LastLine), Mrr(none.LastLine));
        Assert.True(Mrr(full.LastLine) > Mrr(plain.LastLine));
    }

    [Fact]
    public async Task Eval_takes_expansions_and_embeddings_together_and_keeps_one_json_object_on_its_last_line()
    {
        await BuildEmbedded();
        var expansions = Path.Combine(_files.Root, "expansions.jsonl");
        File.WriteAllLines(expansions, ["""{"id": 2, "expansion": "延长工作时间；工资报酬"}"""]);

        var run = await CliRun.Invoke(["eval", "--index", _files.Index, "--qrels", _files.Qrels, .. Embeddings(), "--expansions", expansions]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Searched every question with its vector from concepts.", run.Output);
        using var json = JsonDocument.Parse(run.LastLine);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Equal(1, json.RootElement.GetProperty("expanded").GetInt32());
        Assert.Equal("concepts", json.RootElement.GetProperty("embeddings").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("queries").GetInt32());
    }

    [Theory]
    [InlineData("--embeddings-model", "search", "--embeddings-model", "m", "q")]
    [InlineData("--embeddings-provider", "eval", "--qrels", "QRELS", "--embeddings-provider", "azure")]
    [InlineData("--embeddings-api-version", "search", "--embeddings-api-version", "2024-10-21", "q")]
    [InlineData("--embeddings-model", "search", "--embeddings", "http://127.0.0.1:9/v1", "q")]
    [InlineData("--embeddings", "search", "--embeddings", "localhost:8000/v1", "--embeddings-model", "m", "q")]
    [InlineData("--embeddings", "search", "--embeddings", "/v1", "--embeddings-model", "m", "q")]
    [InlineData("--embeddings", "eval", "--qrels", "QRELS", "--embeddings", "ftp://gpu01/v1", "--embeddings-model", "m")]
    [InlineData("--embeddings", "search", "--embeddings", "http://me:secret@gpu01/v1", "--embeddings-model", "m", "q")]
    [InlineData("--embeddings-api-version", "search", "--embeddings", "http://127.0.0.1:9/v1", "--embeddings-model", "m", "--embeddings-api-version", "2024-10-21", "q")]
    [InlineData("--embeddings-provider", "search", "--embeddings", "http://127.0.0.1:9/v1", "--embeddings-model", "m", "--embeddings-provider", "bert", "q")]
    [InlineData("--embeddings-batch", "build", "--source", "SOURCES", "--embeddings-batch", "8")]
    [InlineData("--embeddings-weight", "eval", "--qrels", "QRELS", "--embeddings-weight", "0.3")]
    [InlineData("--embeddings-weight", "eval", "--qrels", "QRELS", "--embeddings", "http://127.0.0.1:9/v1", "--embeddings-model", "m", "--embeddings-weight", "1.5")]
    [InlineData("--embeddings-batch", "build", "--source", "SOURCES", "--embeddings", "http://127.0.0.1:9/v1", "--embeddings-model", "m", "--embeddings-batch", "0")]
    [InlineData("--embeddings-max-chars", "build", "--source", "SOURCES", "--embeddings", "http://127.0.0.1:9/v1", "--embeddings-model", "m", "--embeddings-max-chars", "8")]
    public async Task Bad_embedding_flags_exit_with_2_naming_the_flag_before_anything_is_read_or_written(string flag, params string[] args)
    {
        var line = args.Take(1)
            .Concat(["--index", _files.Index])
            .Concat(args.Skip(1).Select(a => a switch { "QRELS" => _files.Qrels, "SOURCES" => _files.Sources, _ => a }))
            .ToArray();

        var run = await CliRun.Invoke(line);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(flag + ":", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_files.Index));
    }

    [Fact]
    public async Task Azure_without_a_key_names_the_environment_variable_and_the_key_is_no_flag()
    {
        var noKey = await CliRun.Invoke("search", "--index", _files.Index, "--embeddings", "https://union.openai.azure.com/",
            "--embeddings-model", "m", "--embeddings-provider", "azure", "q");
        var keyFlag = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", _files.Qrels, "--embeddings", "http://127.0.0.1:9/v1",
            "--embeddings-model", "m", "--embeddings-api-key", "sk-test");

        Assert.Equal((2, 2), (noKey.ExitCode, keyFlag.ExitCode));
        Assert.Contains("ASSISTANT_EMBEDDINGS_API_KEY", noKey.Error);
        Assert.Contains("--embeddings-api-key", keyFlag.Error);
    }

    [Fact]
    public async Task Search_and_eval_against_an_index_without_vectors_or_of_another_model_exit_with_2_naming_both()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");
        var noVectors = await Search(Colloquial, Embeddings());

        await BuildEmbedded();
        var built = _server.Requests.Count;
        var search = await Search(Colloquial, Embeddings("bge-m3"));
        var eval = await CliRun.Invoke(["eval", "--index", _files.Index, "--qrels", _files.Qrels, "--json", .. Embeddings("bge-m3")]);

        Assert.Equal((2, 2, 2), (noVectors.ExitCode, search.ExitCode, eval.ExitCode));
        Assert.Contains($"the index at {Path.GetFullPath(_files.Index)} has no vectors: build it with --embeddings", noVectors.Error);
        foreach (var run in new[] { search, eval })
            Assert.Contains($"the index at {Path.GetFullPath(_files.Index)} holds vectors of 'concepts'; --embeddings-model is 'bge-m3'", run.Error);
        // Refused before any question was sent to a model whose vectors could not be compared.
        Assert.Equal(built, _server.Requests.Count);
    }

    [Fact]
    public async Task A_failing_or_unreachable_service_fails_the_build_with_1_and_the_previous_index_stays_live()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");
        var live = LiveGeneration();
        _server.FailNext(500, """{"error":{"message":"model not loaded"}}""");

        var failed = await BuildEmbedded();

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("model not loaded", failed.Error);
        Assert.Contains($"127.0.0.1:{_server.Port}", failed.Error);
        Assert.Contains("previous index stays live", failed.Error);
        Assert.Equal(live, LiveGeneration());
        Assert.Equal(0, (await Search(Colloquial)).ExitCode);

        var gone = new EmbeddingServer();
        gone.Dispose();
        var unreachable = await CliRun.Invoke(["build", "--source", _files.Sources, "--index", _files.Index, "--json",
            "--embeddings", gone.Endpoint.AbsoluteUri, "--embeddings-model", "concepts"]);

        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("cannot be reached", unreachable.Error);
        Assert.Equal(live, LiveGeneration());
    }

    [Fact]
    public async Task Search_retries_a_busy_service_and_fails_with_1_naming_a_broken_one()
    {
        await BuildEmbedded();
        _server.FailNext(503, """{"error":{"message":"busy"}}""", retryAfter: "0");

        var retried = await Search(Colloquial, Embeddings());

        Assert.Equal(0, retried.ExitCode);
        using (var json = JsonDocument.Parse(retried.LastLine))
            Assert.Equal(Severance, json.RootElement.GetProperty("hits")[0].GetProperty("key").GetString());

        _server.FailNext(500, """{"error":{"message":"model not loaded"}}""");
        var failed = await Search(Colloquial, Embeddings());

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains($"The embedding service at http://127.0.0.1:{_server.Port}/v1/embeddings answered 500", failed.Error);
        Assert.Contains("model not loaded", failed.Error);
    }

    public void Dispose()
    {
        _server.Dispose();
        _files.Dispose();
    }
}

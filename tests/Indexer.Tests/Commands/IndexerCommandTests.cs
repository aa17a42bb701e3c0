using System.Text.Json;

namespace Assistant.Indexer.Tests.Commands;

public sealed class IndexerCommandTests : IDisposable
{
    private readonly SampleSources _files = new();

    [Fact]
    public async Task Build_publishes_an_index_that_search_stats_and_verify_read()
    {
        var build = await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");
        Assert.Equal(0, build.ExitCode);
        using (var json = JsonDocument.Parse(build.LastLine))
        {
            Assert.Equal(2, json.RootElement.GetProperty("documents").GetInt32());
            Assert.Equal(5, json.RootElement.GetProperty("articles").GetInt32());
        }

        var search = await CliRun.Invoke("search", "--index", _files.Index, "--k", "3", "--json", "劳动合同法第47条");
        Assert.Equal(0, search.ExitCode);
        using (var json = JsonDocument.Parse(search.LastLine))
        {
            var first = json.RootElement.GetProperty("hits")[0];
            Assert.Equal("劳动合同法#第四十七条", first.GetProperty("key").GetString());
            Assert.Equal("Strong", json.RootElement.GetProperty("support").GetString());
        }

        var stats = await CliRun.Invoke("stats", "--index", _files.Index, "--json");
        Assert.Equal(0, stats.ExitCode);
        using (var json = JsonDocument.Parse(stats.LastLine))
            Assert.Equal(5, json.RootElement.GetProperty("articles").GetInt32());

        var verify = await CliRun.Invoke("verify", "--index", _files.Index);
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("OK", verify.Output);
    }

    [Fact]
    public async Task Build_with_list_shows_what_each_document_became()
    {
        var json = await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json", "--list");
        var table = await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--list");
        var plain = await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");

        Assert.Equal((0, 0, 0), (json.ExitCode, table.ExitCode, plain.ExitCode));
        using (var report = JsonDocument.Parse(json.LastLine))
        {
            var listed = report.RootElement.GetProperty("list").EnumerateArray()
                .Select(d => (d.GetProperty("title").GetString(), d.GetProperty("kind").GetString(), d.GetProperty("articles").GetInt32(), d.GetProperty("sections").GetInt32()))
                .ToList();
            Assert.Equal([("中华人民共和国劳动合同法", "Law", 3, 0), ("中华人民共和国劳动法", "Law", 2, 0)], listed);
        }
        // The table wraps long titles at the console's width; its header and both documents' kinds are whole.
        Assert.Contains("Sections", table.Output, StringComparison.Ordinal);
        Assert.Equal(2, table.Output.Split('\n').Count(line => line.Contains("│ Law ", StringComparison.Ordinal)));
        using (var report = JsonDocument.Parse(plain.LastLine))
            Assert.False(report.RootElement.TryGetProperty("list", out _));
    }

    [Fact]
    public async Task Eval_prints_recall_and_mrr_as_the_last_json_line_and_writes_misses_and_a_plot()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");
        var misses = Path.Combine(_files.Root, "misses.jsonl");
        var plot = Path.Combine(_files.Root, "plots", "recall.png");

        var eval = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", _files.Qrels, "--k", "1,5,10,100", "--json", "--misses", misses, "--plot", plot);

        Assert.Equal(0, eval.ExitCode);
        using var json = JsonDocument.Parse(eval.LastLine);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("queries").GetInt32());
        foreach (var key in new[] { "recall@1", "recall@5", "recall@10", "recall@100", "mrr@10" })
            Assert.InRange(root.GetProperty(key).GetDouble(), 0, 1);
        // The 民法典 question cannot be answered from this index: recall@100 is at most 3 of 4.
        Assert.True(root.GetProperty("recall@100").GetDouble() <= 0.75);
        Assert.Equal(3, root.GetProperty("labor").GetProperty("queries").GetInt32());
        var support = root.GetProperty("support");
        Assert.Equal(4, new[] { "strong", "weak", "none" }.Sum(v => support.GetProperty(v).GetProperty("queries").GetInt32()));
        Assert.All(new[] { "strong", "weak", "none" }, v => Assert.InRange(
            support.GetProperty(v).GetProperty("relevant@5").GetInt32(), 0, support.GetProperty(v).GetProperty("queries").GetInt32()));
        var missLines = File.ReadAllLines(misses);
        Assert.Contains(missLines, l => l.Contains("民法典#第五十六条", StringComparison.Ordinal));
        var png = File.ReadAllBytes(plot);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public async Task Eval_with_expansions_searches_each_question_with_its_own_and_reports_how_many_had_one()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");
        var qrels = Path.Combine(_files.Root, "colloquial.jsonl");
        // "被炒" and "走人" are words no article uses; only the expansion names what the answer says.
        File.WriteAllLines(qrels,
        [
            """{"id": 1, "query": "被炒了走人能拿几个月", "relevant": ["劳动合同法#第四十七条"], "labor": true}""",
            """{"id": 2, "query": "法定休假日加班工资是多少", "relevant": ["劳动法#第四十四条"], "labor": true}""",
        ]);
        var expansions = Path.Combine(_files.Root, "expansions.jsonl");
        File.WriteAllLines(expansions, ["""{"id": 1, "expansion": "经济补偿；工作年限"}""", """{"id": 99, "expansion": "别的数据集"}"""]);

        var plain = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", qrels, "--json");
        var expanded = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", qrels, "--json", "--expansions", expansions);

        Assert.Equal(0, expanded.ExitCode);
        using var before = JsonDocument.Parse(plain.LastLine);
        using var after = JsonDocument.Parse(expanded.LastLine);
        Assert.False(before.RootElement.TryGetProperty("expanded", out _));
        Assert.Equal(1, after.RootElement.GetProperty("expanded").GetInt32());
        Assert.True(after.RootElement.GetProperty("mrr@10").GetDouble() > before.RootElement.GetProperty("mrr@10").GetDouble());
        Assert.Equal(1.0, after.RootElement.GetProperty("mrr@10").GetDouble());
    }

    [Fact]
    public async Task Search_with_an_expansion_ranks_the_articles_written_in_its_terms_first()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");

        var plain = await CliRun.Invoke("search", "--index", _files.Index, "--k", "3", "--json", "被炒了走人能拿几个月");
        var expanded = await CliRun.Invoke("search", "--index", _files.Index, "--k", "3", "--json", "--expansion", "经济补偿；工作年限", "被炒了走人能拿几个月");

        Assert.Equal(0, expanded.ExitCode);
        using var before = JsonDocument.Parse(plain.LastLine);
        using var after = JsonDocument.Parse(expanded.LastLine);
        Assert.NotEqual("劳动合同法#第四十七条", before.RootElement.GetProperty("hits")[0].GetProperty("key").GetString());
        Assert.Equal("劳动合同法#第四十七条", after.RootElement.GetProperty("hits")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Eval_with_a_missing_broken_or_unrelated_expansions_file_exits_with_2_naming_it()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");
        var missing = Path.Combine(_files.Root, "none.jsonl");
        var broken = Path.Combine(_files.Root, "broken-expansions.jsonl");
        File.WriteAllLines(broken, ["""{"id": 1, "expansion": "经济补偿"}""", """{"id": 2}"""]);
        var unrelated = Path.Combine(_files.Root, "unrelated.jsonl");
        File.WriteAllLines(unrelated, ["""{"id": "other:1", "expansion": "经济补偿"}"""]);

        var noFile = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", _files.Qrels, "--expansions", missing);
        var badFile = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", _files.Qrels, "--expansions", broken);
        var noMatch = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", _files.Qrels, "--expansions", unrelated);

        Assert.Equal([2, 2, 2], new[] { noFile.ExitCode, badFile.ExitCode, noMatch.ExitCode });
        Assert.Contains(missing, noFile.Error);
        Assert.Contains(broken + ":2", badFile.Error);
        Assert.Contains("--expansions", noMatch.Error);
        Assert.Contains(unrelated, noMatch.Error);
    }

    [Fact]
    public async Task Bench_reports_latency_percentiles_and_throughput()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");

        var bench = await CliRun.Invoke("bench", "--index", _files.Index, "--qrels", _files.Qrels, "--threads", "2", "--seconds", "0.3", "--json");

        Assert.Equal(0, bench.ExitCode);
        using var json = JsonDocument.Parse(bench.LastLine);
        var root = json.RootElement;
        Assert.True(root.GetProperty("searches").GetInt32() > 0);
        Assert.True(root.GetProperty("p50_ms").GetDouble() <= root.GetProperty("p99_ms").GetDouble());
        Assert.True(root.GetProperty("qps").GetDouble() > 0);
        Assert.Equal(2, root.GetProperty("threads").GetInt32());
    }

    [Theory]
    [InlineData("unknown-command")]
    [InlineData("build", "--index", "x")]
    [InlineData("search", "--index", "x", "--k", "ten", "q")]
    public async Task Malformed_command_lines_exit_with_2(params string[] args)
    {
        var run = await CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task A_missing_source_folder_exits_with_2_and_names_the_path()
    {
        var missing = Path.Combine(_files.Root, "no-such-folder");

        var run = await CliRun.Invoke("build", "--source", missing, "--index", _files.Index);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, run.Error);
        Assert.False(Directory.Exists(_files.Index));
    }

    [Fact]
    public async Task Commands_on_a_folder_without_an_index_exit_with_2_and_say_so()
    {
        Directory.CreateDirectory(_files.Index);

        var run = await CliRun.Invoke("search", "--index", _files.Index, "加班费");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no published index", run.Error);
        Assert.Contains(Path.GetFullPath(_files.Index), run.Error);
    }

    [Fact]
    public async Task Eval_with_a_bad_cutoff_or_a_missing_qrels_file_exits_with_2_naming_the_argument()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");

        var badK = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", _files.Qrels, "--k", "1,five");
        Assert.Equal(2, badK.ExitCode);
        Assert.Contains("--k", badK.Error);

        var missing = Path.Combine(_files.Root, "nope.jsonl");
        var noFile = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", missing);
        Assert.Equal(2, noFile.ExitCode);
        Assert.Contains(missing, noFile.Error);

        var broken = Path.Combine(_files.Root, "broken.jsonl");
        File.WriteAllText(broken, "{not json\n");
        var badFile = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", broken);
        Assert.Equal(2, badFile.ExitCode);
        Assert.Contains(broken + ":1", badFile.Error);
    }

    [Fact]
    public async Task A_source_with_nothing_readable_fails_with_1_and_keeps_the_previous_index()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");
        var before = File.ReadAllText(Path.Combine(_files.Index, "CURRENT"));
        var junk = Path.Combine(_files.Root, "junk");
        Directory.CreateDirectory(junk);
        File.WriteAllBytes(Path.Combine(junk, "broken.pdf"), [1, 2, 3, 4]);

        var run = await CliRun.Invoke("build", "--source", junk, "--index", _files.Index);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.pdf", run.Error);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_files.Index, "CURRENT")));
    }

    [Fact]
    public async Task Verify_exits_with_1_and_lists_the_problem_when_the_index_is_broken()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");
        File.WriteAllText(Path.Combine(_files.Index, "CURRENT"), "g-missing");

        var run = await CliRun.Invoke("verify", "--index", _files.Index);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("g-missing", run.Error);
    }

    public void Dispose() => _files.Dispose();
}

using System.Text.Json;

namespace Assistant.Indexer.Tests.Commands;

/// <summary>A guide's citations: followed by search and eval, reported by build and verify when they name nothing indexed,
/// and refused by a strict build.</summary>
public sealed class GuideCitationCommandTests : IDisposable
{
    private readonly SampleSources _files = new();

    public GuideCitationCommandTests()
    {
        var guides = Path.Combine(_files.Sources, "guides");
        Directory.CreateDirectory(guides);
        File.WriteAllText(Path.Combine(guides, "问答.md"), """
            # 职工问答

            kind: guide

            <!-- INFO END -->

            ## 被炒鱿鱼了公司给不给钱？

            问法：被辞退有没有补偿；公司让我走给钱吗

            要看合同怎么结束：公司提出解除的，一般要按工作年限给经济补偿。

            依据：劳动合同法#第四十七条；劳动合同法#第九十九条

            """);
    }

    [Fact]
    public async Task Build_publishes_and_names_each_citation_that_resolves_to_no_article()
    {
        var build = await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--json");

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("unresolved citation:", build.Error, StringComparison.Ordinal);
        Assert.Contains("劳动合同法#第九十九条", build.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(build.LastLine);
        Assert.Single(json.RootElement.GetProperty("unresolvedCitations").EnumerateArray());

        var verify = await CliRun.Invoke("verify", "--index", _files.Index, "--json");
        Assert.Equal(0, verify.ExitCode);
        using var report = JsonDocument.Parse(verify.LastLine);
        Assert.Contains("劳动合同法#第九十九条", report.RootElement.GetProperty("unresolvedCitations")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strict_build_fails_naming_the_key_and_publishes_nothing()
    {
        var build = await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index, "--strict-citations");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("劳动合同法#第九十九条", build.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_files.Index, "CURRENT")));
    }

    [Fact]
    public async Task Search_shows_the_cited_article_after_the_section_and_eval_ranks_it_in_the_sections_place()
    {
        await CliRun.Invoke("build", "--source", _files.Sources, "--index", _files.Index);

        var search = await CliRun.Invoke("search", "--index", _files.Index, "--json", "被炒鱿鱼了给不给钱");
        using var hits = JsonDocument.Parse(search.LastLine);
        var keys = hits.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("key").GetString()).ToList();
        var section = keys.IndexOf("职工问答#被炒鱿鱼了公司给不给钱？");
        Assert.True(section >= 0);
        Assert.Equal("劳动合同法#第四十七条", keys[section + 1]);
        Assert.Equal("职工问答#被炒鱿鱼了公司给不给钱？", hits.RootElement.GetProperty("hits")[section + 1].GetProperty("citedBy").GetString());

        var qrels = Path.Combine(_files.Root, "guide-qrels.jsonl");
        File.WriteAllLines(qrels, ["""{"id": 1, "query": "被炒鱿鱼了给不给钱", "relevant": ["劳动合同法#第四十七条"], "labor": true}"""]);
        var eval = await CliRun.Invoke("eval", "--index", _files.Index, "--qrels", qrels, "--json", "--k", "1");
        using var scores = JsonDocument.Parse(eval.LastLine);
        Assert.Equal(1.0, scores.RootElement.GetProperty("recall@1").GetDouble());
    }

    public void Dispose() => _files.Dispose();
}

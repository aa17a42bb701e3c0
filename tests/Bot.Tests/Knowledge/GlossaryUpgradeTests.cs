using System.Net;
using System.Text.Json;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Tests.Support;
using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Sources;

namespace Assistant.Bot.Tests.Knowledge;

/// <summary>An upgrade that changes the glossary must not leave the bot searching an index analysed with the old one.</summary>
public sealed class GlossaryUpgradeTests : IDisposable
{
    private static readonly Glossary OldGlossary = Glossary.Parse(new StringReader("开除\t解除劳动合同\n解除劳动合同\n"));
    // The indexer or the bot creates it.
    private readonly TempFolder _dataFolder = new(create: false);

    private string IndexPath => _dataFolder.Combine("index");

    [Fact]
    public async Task The_bots_own_index_built_with_another_glossary_is_rebuilt_at_start()
    {
        var old = BuildWithOldGlossary([.. KnowledgeSources.Bundled]);

        using var factory = new BotFactory(dataFolder: _dataFolder.Path);
        var live = await LiveGenerationAsync(factory);

        Assert.NotEqual(old, live);
        var manifest = new IndexLocation(IndexPath).ReadManifest(live);
        Assert.Equal(Glossary.LoadDefault().Fingerprint, manifest!.GlossaryFingerprint);
    }

    [Fact]
    public async Task The_bots_own_index_of_the_samples_alone_is_rebuilt_with_the_bundled_laws()
    {
        using var analyzers = new AnalyzerSet(Glossary.LoadDefault());
        var samplesOnly = Build(analyzers, Path.Combine(AppContext.BaseDirectory, "samples"));

        using var factory = new BotFactory(dataFolder: _dataFolder.Path);
        var live = await LiveGenerationAsync(factory);

        Assert.NotEqual(samplesOnly, live);
        Assert.Equal(KnowledgeSources.Bundled, new IndexLocation(IndexPath).ReadManifest(live)!.Sources);
    }

    [Fact]
    public async Task An_index_built_from_other_sources_keeps_serving_and_is_left_to_the_operator()
    {
        var otherSources = _dataFolder.Combine("operator-sources");
        Directory.CreateDirectory(otherSources);
        File.WriteAllText(Path.Combine(otherSources, "rules.md"), "# 某公司考勤制度\n\n第一条 职工应当按时上下班。\n\n第二条 旷工一日扣发当日工资。\n");
        var old = BuildWithOldGlossary(otherSources);

        using var factory = new BotFactory(dataFolder: _dataFolder.Path);
        var live = await LiveGenerationAsync(factory);

        Assert.Equal(old, live);
        Assert.NotEqual(Glossary.LoadDefault().Fingerprint, new IndexLocation(IndexPath).ReadManifest(live)!.GlossaryFingerprint);
    }

    [Fact]
    public async Task An_index_built_with_the_current_glossary_is_not_rebuilt()
    {
        using var analyzers = new AnalyzerSet(Glossary.LoadDefault());
        var current = Build(analyzers, [.. KnowledgeSources.Bundled]);

        using var factory = new BotFactory(dataFolder: _dataFolder.Path);

        Assert.Equal(current, await LiveGenerationAsync(factory));
    }

    private string BuildWithOldGlossary(params string[] sources)
    {
        using var analyzers = new AnalyzerSet(OldGlossary);
        return Build(analyzers, sources);
    }

    private string Build(AnalyzerSet analyzers, params string[] sources)
    {
        var indexer = new SourceIndexer(new DocumentLoader(), new IndexBuilder(analyzers, TimeProvider.System));
        return indexer.Build(sources, new IndexLocation(IndexPath), null, null, CancellationToken.None).Build.Generation;
    }

    private static async Task<string> LiveGenerationAsync(BotFactory factory)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("index").GetProperty("generation").GetString()!;
    }

    public void Dispose() => _dataFolder.Dispose();
}

using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Tests.Sources;
using Assistant.Knowledge.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Knowledge.Tests.Indexing;

/// <summary>A guide citing an article no source holds is reported by the build and by verify, and refused by a strict
/// build (the bot's bundled knowledge).</summary>
public sealed class UnresolvedCitationTests : IDisposable
{
    private const string Law = "# 中华人民共和国测试法\n\n<!-- INFO END -->\n\n第一条 为了测试，制定本法。\n\n第二条 本法自公布之日起施行。\n";
    private const string Guide = "# 职工问答\n\nkind: guide\n\n<!-- INFO END -->\n\n## 测试法管什么？\n\n测试法规定了测试。\n\n依据：测试法#第一条；测试法#第九条\n";
    private readonly TempFolder _temp = new();
    private readonly AnalyzerSet _analyzers = new(Glossary.LoadDefault());

    [Fact]
    public void The_build_reports_each_unresolved_citation_and_publishes()
    {
        var result = Indexer().Build(Sources(), Location, null, null, CancellationToken.None);

        var unresolved = Assert.Single(result.UnresolvedCitations);
        Assert.Equal("测试法#第九条", unresolved.CitedKey);
        Assert.Equal("职工问答#测试法管什么？", unresolved.Section);
        Assert.Equal(result.Build.Generation, Location.ReadCurrentGeneration());
    }

    [Fact]
    public void Verify_lists_the_unresolved_citations_of_the_live_index_and_keeps_it_healthy()
    {
        Indexer().Build(Sources(), Location, null, null, CancellationToken.None);

        var report = new IndexVerifier().Verify(Location, CancellationToken.None);

        Assert.True(report.IsHealthy);
        Assert.Equal("测试法#第九条", Assert.Single(report.UnresolvedCitations).CitedKey);
    }

    [Fact]
    public void A_strict_build_refuses_and_the_previous_index_stays_live()
    {
        var sources = Sources();
        var before = Indexer().Build([sources[0]], Location, null, null, CancellationToken.None).Build.Generation;

        var failure = Assert.Throws<IndexBuildException>(() =>
            Indexer().Build(sources, Location, null, null, CancellationToken.None, requireResolvedCitations: true));

        Assert.Contains("测试法#第九条", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, Location.ReadCurrentGeneration());
    }

    private IndexLocation Location => new(_temp.Combine("index"));

    private SourceIndexer Indexer() => new(new DocumentLoader(), new IndexBuilder(_analyzers, new FakeTimeProvider(DateTimeOffset.UtcNow)));

    private string[] Sources()
    {
        var laws = _temp.Root("laws");
        var samples = _temp.Root("samples");
        Fixture.Write(laws, "测试法.md", Law);
        Fixture.Write(samples, "guides/问答.md", Guide);
        return [laws, samples];
    }

    public void Dispose()
    {
        _analyzers.Dispose();
        _temp.Dispose();
    }
}

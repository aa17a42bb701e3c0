using Assistant.Bot.Knowledge;
using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Sources;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Bot.Tests.Support;

/// <summary>A real index built once per test class from the bundled knowledge (knowledge/laws and knowledge/samples), in a temp folder.</summary>
public sealed class SampleIndexFixture : IDisposable
{
    private readonly AnalyzerSet _analyzers = new(Glossary.LoadDefault());
    // The indexer creates it (and the index folder in it).
    private readonly TempFolder _folder = new(create: false);

    public SampleIndexFixture()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var location = new IndexLocation(Path.Combine(Folder, "index"));
        new SourceIndexer(new DocumentLoader(), new IndexBuilder(_analyzers, time))
            .Build(KnowledgeSources.Bundled, location, null, null, CancellationToken.None, requireResolvedCitations: true);
        Searcher = new KnowledgeSearcher(location, _analyzers, time);
        Searcher.Refresh();
    }

    public string Folder => _folder.Path;

    public KnowledgeSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        _analyzers.Dispose();
        _folder.Dispose();
    }
}

using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Knowledge.Tests.Support;

/// <summary>A real index on disk in a temp folder, built from the given documents, with a searcher over it.</summary>
public sealed class TestIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestIndex(IReadOnlyList<LegalDocument>? documents = null)
    {
        Analyzers = new AnalyzerSet(Glossary.LoadDefault());
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        Location = new IndexLocation(_folder.Combine("index"));
        Builder = new IndexBuilder(Analyzers, Time);
        if (documents is not null)
            Publish(documents);
        Searcher = new KnowledgeSearcher(Location, Analyzers, Time, new KnowledgeSearcherOptions { RefreshInterval = TimeSpan.FromSeconds(1) });
    }

    public AnalyzerSet Analyzers { get; }
    public FakeTimeProvider Time { get; }
    public IndexLocation Location { get; }
    public IndexBuilder Builder { get; }
    public KnowledgeSearcher Searcher { get; }

    public IndexBuildReport Publish(IReadOnlyList<LegalDocument> documents)
    {
        // Generation names carry milliseconds; stay well inside the searcher's refresh interval.
        Time.Advance(TimeSpan.FromMilliseconds(10));
        return Builder.Build(documents, Location, ["test"], 0, null, CancellationToken.None);
    }

    public SearchResult Search(string question, int limit = 10, SearchFilters? filters = null) =>
        Searcher.Search(new SearchRequest(question, limit, filters));

    public void Dispose()
    {
        Searcher.Dispose();
        Analyzers.Dispose();
        _folder.Dispose();
    }
}

using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Bot.Tests.Support;

/// <summary>
/// The bundled samples indexed once per test class with article vectors of <see cref="EmbeddingServer"/>'s concept
/// model (named <see cref="Model"/>), served on loopback.
/// </summary>
public sealed class EmbeddedSampleIndexFixture : IDisposable
{
    public const string Model = "concepts";

    private readonly AnalyzerSet _analyzers = new(Glossary.LoadDefault());
    private readonly TempFolder _folder = new(create: false);

    public EmbeddedSampleIndexFixture()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var location = new IndexLocation(Path.Combine(_folder.Path, "index"));
        using var http = new HttpClient();
        var embedder = new ArticleEmbedder(
            new HttpTextEmbedder(http, new EmbeddingServiceOptions(EmbeddingProvider.OpenAICompatible, Server.Endpoint, Model), TimeProvider.System),
            location.Root);
        new SourceIndexer(new DocumentLoader(), new IndexBuilder(_analyzers, time))
            .Build([Path.Combine(AppContext.BaseDirectory, "samples")], location, null, null, CancellationToken.None, embedder);
        Searcher = new KnowledgeSearcher(location, _analyzers, time);
        Searcher.Refresh();
    }

    public EmbeddingServer Server { get; } = new();

    public KnowledgeSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        _analyzers.Dispose();
        Server.Dispose();
        _folder.Dispose();
    }
}

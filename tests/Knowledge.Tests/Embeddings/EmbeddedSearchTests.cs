using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Embeddings;

/// <summary>An index built with an embedding model served on loopback, searched with and without question vectors.</summary>
public sealed class EmbeddedSearchTests : IDisposable
{
    // Shares no word with 劳动合同法 第四十六、四十七条, and the glossary does not know 散伙钱: only the model's concepts join
    // it to 经济补偿.
    private const string Question = "散伙钱咋算";

    private readonly EmbeddingServer _server = new();
    private readonly HttpClient _http = new();
    private readonly TestIndex _index = new();

    private ArticleEmbedder Embedder(string model = "concepts") => new(
        new HttpTextEmbedder(_http, new EmbeddingServiceOptions(EmbeddingProvider.OpenAICompatible, _server.Endpoint, model), TimeProvider.System),
        _index.Location.Root, batchSize: 4);

    private IndexBuildReport PublishEmbedded(IReadOnlyList<LegalDocument>? documents = null, ArticleEmbedder? embedder = null)
    {
        _index.Time.Advance(TimeSpan.FromMilliseconds(10));
        var report = _index.Builder.Build(documents ?? Laws.All(), _index.Location, ["test"], 0, null, CancellationToken.None, embedder ?? Embedder());
        _index.Searcher.Refresh();
        return report;
    }

    private SearchResult Search(string question, float[]? vector, SearchFilters? filters = null) =>
        _index.Searcher.Search(new SearchRequest(question, 10, filters, QuestionVector: vector));

    [Fact]
    public void A_build_with_a_model_embeds_every_article_and_records_the_model()
    {
        var report = PublishEmbedded();

        var articles = Laws.All().Sum(d => d.Articles.Count);
        Assert.Equal(new IndexEmbeddings("concepts", EmbeddingServer.Concepts.Length + 1, 512, articles, 0), report.Embeddings);
        Assert.Equal(report.Embeddings, _index.Searcher.Manifest!.Embeddings);
        Assert.Equal("concepts", _index.Searcher.EmbeddingModel);
        Assert.Equal(articles, _server.TextsEmbedded);
        Assert.All(_server.Requests, r => Assert.True(((System.Text.Json.Nodes.JsonArray)r.Body["input"]!).Count <= 4));
        Assert.Empty(new IndexVerifier().Verify(_index.Location, CancellationToken.None).Problems);
    }

    [Fact]
    public void A_rebuild_embeds_only_the_articles_the_cache_has_not_seen()
    {
        PublishEmbedded();
        var before = _server.TextsEmbedded;

        var report = PublishEmbedded([.. Laws.All(), Laws.Rule("rules/加班.md", "加班管理办法", DocumentKind.CompanyPolicy, (1, "加班须经部门负责人批准。"))]);

        Assert.Equal(1, report.Embeddings!.Embedded);
        Assert.Equal(Laws.All().Sum(d => d.Articles.Count), report.Embeddings.Reused);
        Assert.Equal(before + 1, _server.TextsEmbedded);
    }

    [Fact]
    public void A_question_vector_finds_the_article_that_means_what_the_question_says_in_other_words()
    {
        PublishEmbedded();
        var plain = Search(Question, null);
        Assert.Empty(plain.Hits);

        var hybrid = Search(Question, EmbeddingServer.Embed(Question));

        // The four articles on severance, in either language; the vector alone can't make them an answer.
        Assert.Equal(
            ["Workers' Rights Guide#Severance pay when you are dismissed", "劳动合同法#第八十七条", "劳动合同法#第四十七条", "劳动合同法#第四十六条"],
            hybrid.Hits.Take(4).Select(h => h.ArticleKey).Order(StringComparer.Ordinal));
        Assert.Equal(SupportLevel.None, hybrid.Support.Level);
    }

    [Fact]
    public void A_question_vector_never_costs_the_question_the_verdict_its_own_words_earn()
    {
        PublishEmbedded();
        const string question = "经济补偿按工作年限怎么计算";
        var plain = Search(question, null);
        Assert.Equal("劳动合同法#第四十七条", plain.Hits[0].ArticleKey);

        // A vector pointing somewhere else entirely (criminal law).
        var misled = Search(question, EmbeddingServer.Embed("坐牢 判刑 有期徒刑"));

        Assert.Equal(plain.Support.Level, misled.Support.Level);
        Assert.Equal("劳动合同法#第四十七条", misled.Hits[0].ArticleKey);
    }

    [Fact]
    public void Filters_hold_for_articles_found_by_the_vector()
    {
        PublishEmbedded();

        var result = Search(Question, EmbeddingServer.Embed(Question), new SearchFilters(ShortTitle: "劳动法"));

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal("劳动法", h.ShortTitle));
    }

    [Fact]
    public void A_vector_of_another_length_and_an_index_without_vectors_search_by_words_alone()
    {
        PublishEmbedded();
        var plain = Search(Question, null);
        Assert.Equal(plain.Hits.Select(h => h.ArticleKey), Search(Question, [1f, 2f]).Hits.Select(h => h.ArticleKey));

        _index.Publish(Laws.All());
        _index.Searcher.Refresh();
        Assert.Null(_index.Searcher.EmbeddingModel);
        Assert.Equal(plain.Hits.Select(h => h.ArticleKey), Search(Question, EmbeddingServer.Embed(Question)).Hits.Select(h => h.ArticleKey));
    }

    [Fact]
    public void A_failing_model_fails_the_build_and_leaves_the_previous_index_serving()
    {
        _index.Publish(Laws.All());
        _index.Searcher.Refresh();
        var live = _index.Searcher.Generation;
        _server.FailNext(500, "{\"error\":{\"message\":\"model not loaded\"}}");

        var failure = Assert.Throws<IndexBuildException>(() => PublishEmbedded());

        Assert.Contains("model not loaded", failure.Message);
        Assert.Contains("previous index stays live", failure.Message);
        Assert.Equal(live, _index.Location.ReadCurrentGeneration());
        Assert.Empty(Directory.EnumerateDirectories(_index.Location.StagingFolder));
    }

    [Fact]
    public void Verify_names_a_vector_file_that_is_missing_or_does_not_match()
    {
        var report = PublishEmbedded();
        var path = Path.Combine(_index.Location.GenerationPath(report.Generation), ArticleVectors.FileName);
        ArticleVectors.From([[1f, 0f, 0f, 0f, 0f]]).Write(path);

        Assert.Contains(new IndexVerifier().Verify(_index.Location, CancellationToken.None).Problems, p => p.Contains("1 vectors for", StringComparison.Ordinal));

        File.Delete(path);
        Assert.Contains(new IndexVerifier().Verify(_index.Location, CancellationToken.None).Problems, p => p.Contains("is missing", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _index.Dispose();
        _server.Dispose();
        _http.Dispose();
    }
}

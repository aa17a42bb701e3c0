using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using BytesRef = Lucene.Net.Util.BytesRef;
using LuceneVersion = Lucene.Net.Util.LuceneVersion;
using QueryBuilder = Assistant.Knowledge.Search.QueryBuilder;

namespace Assistant.Knowledge.Tests.Search;

/// <summary>
/// Our term-at-a-time scoring must rank exactly as Lucene's BooleanQuery of the same term clauses would, on an index of
/// several segments (one per document, the same article keys in two versions), with and without filters.
/// </summary>
public sealed class TermAtATimeSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly AnalyzerSet _analyzers = new(Glossary.LoadDefault());
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public TermAtATimeSearchTests()
    {
        var documents = Laws.All().Append(Laws.LaborContractLaw(DocumentStatus.Amended, "laws/劳动合同法-2007.md", new DateOnly(2007, 6, 29))).ToList();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzers.PerField)
        {
            Similarity = new KnowledgeSimilarity(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        var directory = FSDirectory.Open(_folder.Combine("index"));
        using (var writer = new IndexWriter(directory, config))
        {
            var mapper = new ArticleDocumentMapper();
            foreach (var document in documents)
            {
                foreach (var article in document.Articles)
                    writer.AddDocument(mapper.Map(document, article));
                writer.Commit();
            }
        }
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new KnowledgeSimilarity() };
    }

    [Theory]
    [InlineData("公司不签劳动合同要付双倍工资吗", false)]
    [InlineData("被开除了有没有赔偿，工作了三年", false)]
    [InlineData("年假有几天", true)]
    [InlineData("加班费怎么算 休息日 法定节假日", true)]
    [InlineData("How many days of paid annual leave do employees get?", false)]
    public void Ranks_exactly_as_the_equivalent_boolean_query(string question, bool currentOnly)
    {
        var filters = new SearchFilters(CurrentOnly: currentOnly);
        var analyzed = new QueryAnalyzer(_analyzers).Analyze(question, null, 256);
        var terms = new TermContexts(_reader);
        var disjunction = new QueryBuilder(RankingOptions.Default).Build(analyzed, null, filters, _reader, terms)!;

        var ours = new TermAtATimeSearch().Search(_searcher, disjunction, terms, 20, CancellationToken.None);
        var lucene = _searcher.Search(Equivalent(disjunction), 20).ScoreDocs;

        Assert.True(_reader.Leaves.Count > 3);
        Assert.NotEmpty(ours);
        Assert.Equal(lucene.Select(h => (h.Doc, h.Score)), ours.Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void Keeps_only_the_best_hits_when_more_documents_match()
    {
        var analyzed = new QueryAnalyzer(_analyzers).Analyze("劳动合同 工资 劳动者 用人单位", null, 256);
        var terms = new TermContexts(_reader);
        var disjunction = new QueryBuilder(RankingOptions.Default).Build(analyzed, null, SearchFilters.None, _reader, terms)!;

        var top3 = new TermAtATimeSearch().Search(_searcher, disjunction, terms, 3, CancellationToken.None);
        var all = _searcher.Search(Equivalent(disjunction), 100).ScoreDocs;

        Assert.True(all.Length > 3);
        Assert.Equal(all.Take(3).Select(h => h.Doc), top3.Select(h => h.Doc));
    }

    [Fact]
    public void An_article_key_has_one_ordinal_across_segments()
    {
        var keys = GlobalOrdinals.Build(_reader, IndexFields.Key);
        var ordinals = new Dictionary<string, HashSet<long>>();
        for (var segment = 0; segment < _reader.Leaves.Count; segment++)
        {
            var values = _reader.Leaves[segment].AtomicReader.GetSortedDocValues(IndexFields.Key);
            var bytes = new BytesRef();
            for (var doc = 0; doc < _reader.Leaves[segment].AtomicReader.MaxDoc; doc++)
            {
                values.Get(doc, bytes);
                var key = bytes.Utf8ToString();
                (ordinals.TryGetValue(key, out var set) ? set : ordinals[key] = []).Add(keys.Of(segment, values.GetOrd(doc)));
            }
        }

        Assert.All(ordinals.Values, set => Assert.Single(set));
        Assert.Equal(ordinals.Count, ordinals.Values.Select(s => s.Single()).Distinct().Count());
        Assert.Contains("劳动合同法#第四十七条", ordinals.Keys);
    }

    [Fact]
    public void A_cancelled_search_stops_and_the_next_search_is_unaffected()
    {
        var analyzed = new QueryAnalyzer(_analyzers).Analyze("经济补偿按工作年限怎么计算", null, 256);
        var terms = new TermContexts(_reader);
        var disjunction = new QueryBuilder(RankingOptions.Default).Build(analyzed, null, SearchFilters.None, _reader, terms)!;
        var search = new TermAtATimeSearch();

        Assert.Throws<OperationCanceledException>(() => _ = search.Search(_searcher, disjunction, terms, 10, new CancellationToken(canceled: true)));
        var after = search.Search(_searcher, disjunction, terms, 10, CancellationToken.None);

        Assert.Equal(_searcher.Search(Equivalent(disjunction), 10).ScoreDocs.Select(h => (h.Doc, h.Score)), after.Select(h => (h.Doc, h.Score)));
    }

    private static Query Equivalent(TermDisjunction disjunction)
    {
        var query = new BooleanQuery();
        foreach (var clause in disjunction.Clauses)
            query.Add(new TermQuery(clause.Term) { Boost = clause.Boost }, Occur.SHOULD);
        return disjunction.Filter is { } filter ? new FilteredQuery(query, filter) : query;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzers.Dispose();
        _folder.Dispose();
    }
}

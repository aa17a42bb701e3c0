using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Evaluation;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Search;

/// <summary>A guide section that matches a worker's words brings the articles it cites into the hits, after it, in its
/// order; what the worker is shown as law ranks them in its place.</summary>
public sealed class GuideBridgeTests : IDisposable
{
    private const string Severance = "职工问答#被公司辞退有补偿吗？";
    private readonly TestIndex _index = new([Laws.LaborContractLaw(), Laws.LaborLaw(), Laws.CriminalLaw(), Guide()]);

    [Fact]
    public void A_matching_guide_section_is_followed_by_the_articles_it_cites_in_its_order()
    {
        var hits = _index.Search("被炒鱿鱼了公司给不给钱").Hits.ToList();

        var at = hits.FindIndex(h => h.ArticleKey == Severance);
        Assert.True(at >= 0);
        Assert.Equal(["劳动合同法#第四十六条", "劳动合同法#第四十七条", "劳动合同法#第八十七条"], hits.Skip(at + 1).Take(3).Select(h => h.ArticleKey));
        Assert.All(hits.Skip(at + 1).Take(3), h => Assert.Equal(Severance, h.CitedBy));
        Assert.Equal(hits.Count, hits.Select(h => h.ArticleKey).Distinct().Count());
    }

    [Fact]
    public void The_law_shown_ranks_a_guide_section_as_the_articles_it_cites()
    {
        var hits = _index.Search("被炒鱿鱼了公司给不给钱").Hits.ToList();

        var law = Evaluator.RankedLaw(hits).ToList();

        Assert.DoesNotContain(Severance, law);
        var first = hits.TakeWhile(h => h.ArticleKey != Severance).Where(h => h.Cites.Count == 0).Select(h => h.ArticleKey);
        Assert.Equal([.. first, "劳动合同法#第四十六条", "劳动合同法#第四十七条", "劳动合同法#第八十七条"], law.Take(first.Count() + 3));
    }

    [Fact]
    public void A_guide_section_sharing_a_word_or_two_with_a_long_question_brings_no_law()
    {
        var hits = _index.Search("交通肇事致人重伤后逃逸的，一般会判几年有期徒刑，还要不要给钱").Hits.ToList();

        Assert.Contains(hits, h => h.ArticleKey == Severance);
        Assert.DoesNotContain(hits, h => h.CitedBy is not null);
    }

    [Fact]
    public void A_cited_key_that_is_not_indexed_is_skipped()
    {
        var hits = _index.Search("被炒鱿鱼了公司给不给钱").Hits.ToList();

        Assert.DoesNotContain(hits, h => h.ArticleKey == "劳动合同法#第九十九条");
    }

    [Fact]
    public void An_article_is_found_by_its_key_in_its_current_version()
    {
        using var versions = new TestIndex([Laws.LaborContractLaw(DocumentStatus.Amended, "old/劳动合同法.md", new DateOnly(2007, 6, 29)), Laws.LaborContractLaw()]);

        var article = versions.Searcher.FindArticle("劳动合同法#第四十七条");

        Assert.NotNull(article);
        Assert.Equal(DocumentStatus.Current, article.Status);
        Assert.Equal("laws/劳动合同法.md", article.DocumentId);
        Assert.Null(versions.Searcher.FindArticle("劳动合同法#第九十九条"));
    }

    private static LegalDocument Guide() => new(
        "samples/guide.md", "职工问答", "职工问答", DocumentKind.Guide, null, Jurisdiction.Company, null, null, DocumentStatus.Current,
        DocumentLanguage.Chinese, "samples/guide.md", [],
        [
            new Article(Severance, "被公司辞退有补偿吗？", null, 0, [], ["问法：被炒鱿鱼了给不给钱；公司让我走给补偿吗", "要看合同是怎么结束的，公司提出解除的一般要给。"], ArticleUnit.HeadingSection)
            {
                Cites = ["劳动合同法#第四十六条", "劳动合同法#第四十七条", "劳动合同法#第九十九条", "劳动合同法#第八十七条"],
            },
        ]);

    public void Dispose() => _index.Dispose();
}

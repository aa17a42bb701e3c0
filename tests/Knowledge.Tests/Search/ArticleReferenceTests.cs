using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Search;

public sealed class ArticleReferenceTests : IDisposable
{
    private readonly TestIndex _index = new(Laws.All());

    [Theory]
    [InlineData("劳动合同法第47条")]
    [InlineData("劳动合同法第四十七条")]
    [InlineData("劳动合同法 47")]
    [InlineData("《劳动合同法》第四十七条是怎么规定的？")]
    [InlineData("中华人民共和国劳动合同法第四十七条")]
    [InlineData("劳动合同法第 ４７ 条")]
    [InlineData("Labor Contract Law article 47")]
    [InlineData("What does Article 47 of the Labour Contract Law say?")]
    [InlineData("labor contract law, art. 47")]
    public void An_article_cited_by_number_comes_first_whatever_the_numerals(string question)
    {
        var result = _index.Search(question);

        Assert.NotNull(result.Reference);
        var first = result.Hits[0];
        Assert.Equal("劳动合同法#第四十七条", first.ArticleKey);
        Assert.True(first.IsExactReference);
        Assert.Equal(47, first.ArticleNumber);
        Assert.Equal(Assistant.Knowledge.Search.SupportLevel.Strong, result.Support.Level);
        Assert.Equal("exact-reference", result.Support.Reason);
    }

    [Fact]
    public void The_longest_title_wins_so_labor_law_is_not_read_as_labor_contract_law()
    {
        var result = _index.Search("劳动法第47条");

        Assert.Equal("劳动法#第四十七条", result.Hits[0].ArticleKey);
    }

    [Fact]
    public void A_reference_to_an_article_that_does_not_exist_is_not_an_exact_hit()
    {
        var result = _index.Search("劳动合同法第999条");

        Assert.DoesNotContain(result.Hits, h => h.IsExactReference);
    }

    [Theory]
    [InlineData("劳动合同法 2008年施行了吗")]
    [InlineData("我工作了47天")]
    public void Numbers_that_are_not_article_numbers_are_not_references(string question)
    {
        Assert.Null(_index.Search(question).Reference);
    }

    public void Dispose() => _index.Dispose();
}

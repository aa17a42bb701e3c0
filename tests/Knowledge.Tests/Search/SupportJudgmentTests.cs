using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Search;

public sealed class SupportJudgmentTests : IDisposable
{
    private readonly TestIndex _index = new(Laws.All());

    [Theory]
    [InlineData("被开除了有没有经济补偿")]
    [InlineData("年休假有几天")]
    [InlineData("没签劳动合同能要二倍工资吗")]
    public void A_labor_question_the_articles_cover_is_strongly_supported(string question)
    {
        var result = _index.Search(question);

        Assert.Equal(SupportLevel.Strong, result.Support.Level);
        Assert.Equal("covered", result.Support.Reason);
        Assert.True(result.Support.Coverage >= 0.6);
    }

    [Theory]
    [InlineData("今天天气怎么样")]
    [InlineData("帮我写一首诗")]
    [InlineData("推荐一家好吃的火锅店")]
    [InlineData("Tell me a joke")]
    public void An_off_topic_question_is_not_supported_even_when_some_characters_match(string question)
    {
        var result = _index.Search(question);

        Assert.Equal(SupportLevel.None, result.Support.Level);
    }

    [Fact]
    public void Character_pairs_across_word_boundaries_alone_are_not_domain_evidence()
    {
        // 写一 occurs in no article here; 工作 does, but a single generic run is not support.
        var result = _index.Search("我想找个好工作");

        Assert.NotEqual(SupportLevel.Strong, result.Support.Level);
    }

    [Fact]
    public void A_phrase_of_the_question_found_whole_is_domain_evidence_four_characters_in_the_law_three_in_the_unions_own_rules()
    {
        // None of the questions has a glossary word: the union's rules and the heritage regulation speak their own words.
        using var index = new TestIndex(
        [
            Laws.Rule("rules/困难帮扶办法.md", "某公司工会困难帮扶办法", DocumentKind.UnionRule, (20, "金秋助学金每名子女每学年可以申请一次，本科每人三千元。")),
            Laws.Rule("rules/网格化服务办法.md", "某公司工会网格化服务办法", DocumentKind.UnionRule, (6, "每个班组设一名网格员，由工会小组长担任。")),
            Laws.Rule("laws/长城保护条例.md", "长城保护条例", DocumentKind.AdministrativeRegulation, (6, "长城有关的保护工作，由文物主管部门负责。")),
        ]);

        var fourInARule = index.Search("金秋助学金每学年能申请几次");
        var threeInARule = index.Search("网格员是谁");
        var threeInTheLaw = index.Search("长城有多长");

        Assert.Equal((SupportLevel.Strong, "某公司工会困难帮扶办法#第二十条"), (fourInARule.Support.Level, fourInARule.Hits[0].ArticleKey));
        Assert.Equal((SupportLevel.Strong, "某公司工会网格化服务办法#第六条"), (threeInARule.Support.Level, threeInARule.Hits[0].ArticleKey));
        Assert.True(threeInTheLaw.Support.Coverage >= 0.6, $"coverage {threeInTheLaw.Support.Coverage}");
        Assert.NotEqual(SupportLevel.Strong, threeInTheLaw.Support.Level);
    }

    [Fact]
    public void An_english_question_covered_only_by_two_articles_together_is_not_strong()
    {
        // The severance section covers "severance owed", the leave section "annual leave"; neither covers the question.
        var result = _index.Search("Is severance owed with annual leave?");

        Assert.Equal(SupportLevel.Weak, result.Support.Level);
        Assert.True(result.Support.Coverage >= 0.6, $"coverage {result.Support.Coverage}");
    }

    [Fact]
    public void Agreement_reports_how_many_top_hits_share_the_best_hits_document()
    {
        var result = _index.Search("经济补偿 赔偿金 解除劳动合同");

        Assert.InRange(result.Support.Agreement, 0.2, 1.0);
        Assert.Equal("劳动合同法", result.Hits[0].ShortTitle);
    }

    public void Dispose() => _index.Dispose();
}

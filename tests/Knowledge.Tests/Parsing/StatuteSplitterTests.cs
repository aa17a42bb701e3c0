using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.Markdown;
using Assistant.Knowledge.Sources.PlainText;
using Assistant.Knowledge.Tests.Sources;

namespace Assistant.Knowledge.Tests.Parsing;

public sealed class StatuteSplitterTests
{
    private static IReadOnlyList<Article> Statute() =>
        new StatuteSplitter().Split(
            new MarkdownSourceReader().Read(Fixture.File("statute.md"), "statute.md").Texts.Single(),
            "测试法",
            DocumentLanguage.Chinese);

    [Fact]
    public void CutsArticlesWithLabelsNumbersAndKeys()
    {
        var articles = Statute();

        Assert.Equal(
            ["第一条", "第二条", "第三条", "第四条", "第五条", "第十三条之一", "第一百零一条", "第一百零二条"],
            articles.Select(a => a.Label));
        Assert.Equal([1, 2, 3, 4, 5, 13, 101, 102], articles.Select(a => a.Number!.Value));
        var added = articles.Single(a => a.Label == "第十三条之一");
        Assert.Equal(1, added.SubNumber);
        Assert.Equal("测试法#第十三条之一", added.Key);
        Assert.Equal("测试法#第一百零一条", articles.Single(a => a.Number == 101).Key);
        Assert.All(articles, a => Assert.Equal(ArticleUnit.Article, a.Unit));
    }

    [Fact]
    public void PreambleIsNotAnArticle()
    {
        Assert.DoesNotContain(Statute(), a => a.Text.Contains("序言", StringComparison.Ordinal));
    }

    [Fact]
    public void IdeographicSpaceSeparatesLabelFromText()
    {
        var second = Statute()[1];
        Assert.Equal(["本条以全角空格与条号分隔。"], second.Paragraphs);
    }

    [Fact]
    public void NumberedItemsStayInsideTheArticle()
    {
        var third = Statute()[2];
        Assert.Equal(
            ["用人单位有下列情形之一的，劳动者可以解除劳动合同：", "（一）未按照劳动合同约定提供劳动保护或者劳动条件的；", "（二）未及时足额支付劳动报酬的。"],
            third.Paragraphs);
    }

    [Fact]
    public void QuotedArticlesAndReferencesDoNotSplit()
    {
        var fourth = Statute()[3];
        Assert.Equal(
            ["将第十条修改为：", "“第十条 建立劳动关系，应当订立书面劳动合同。”", "依照本法第三十九条规定，用人单位可以解除劳动合同。", "第三十九条规定的情形，不适用本条。"],
            fourth.Paragraphs);
    }

    [Fact]
    public void LabelDirectlyFollowedByTextStartsTheNextArticleInSequence()
    {
        var fifth = Statute()[4];
        Assert.Equal("第五条", fifth.Label);
        Assert.Equal(["紧跟正文而没有分隔的条文。"], fifth.Paragraphs);
    }

    [Fact]
    public void ChapterPathsFollowTheHierarchy()
    {
        var articles = Statute();
        Assert.Equal(["第一编 总则", "第一章 一般规定", "第一节 基本原则"], articles[0].ChapterPath);
        Assert.Equal(["第一编 总则", "第一章 一般规定", "第二节 适用范围"], articles[2].ChapterPath);
        // A new 章 closes the open 节.
        Assert.Equal(["第一编 总则", "第二章 劳动合同"], articles[3].ChapterPath);
        // A new 编 closes its 章; a body line 第三章 附则 is a heading too.
        Assert.Equal(["第二编 分则", "第三章 附则"], articles[^1].ChapterPath);
    }

    [Fact]
    public void RepeatedLabelsGetUniqueKeys()
    {
        var source = Source("第一条 甲。", "第二条 乙。", "第二条 丙。");
        var articles = new StatuteSplitter().Split(source, "法", DocumentLanguage.Chinese);
        Assert.Equal(["法#第一条", "法#第二条", "法#第二条 (2)"], articles.Select(a => a.Key));
        Assert.Equal(["第一条", "第二条", "第二条"], articles.Select(a => a.Label));
    }

    [Fact]
    public void EnglishArticlesAndSections()
    {
        var text = new TextSourceReader().Read(Fixture.File("employment-act.txt"), "employment-act.txt").Texts.Single();
        var articles = new StatuteSplitter().Split(text, "Employment Standards Act", DocumentLanguage.English);

        Assert.Equal(["Employment Standards Act#Article 1", "Employment Standards Act#Article 2", "Employment Standards Act#§ 3"], articles.Select(a => a.Key));
        Assert.Equal(["Article 1", "Article 2", "Section 3"], articles.Select(a => a.Label));
        Assert.Equal([ArticleUnit.Article, ArticleUnit.Article, ArticleUnit.Section], articles.Select(a => a.Unit));
        Assert.Equal(["Every employer shall keep records.", "Records are kept for three years."], articles[1].Paragraphs);
        Assert.Equal(["Part I General"], articles[0].ChapterPath);
    }

    [Fact]
    public void GuideWithoutArticlesIsCutAtHeadings()
    {
        var text = new MarkdownSourceReader().Read(Fixture.File("guide.md"), "guide.md").Texts.Single();
        var sections = new StatuteSplitter().Split(text, "劳动者维权指南", DocumentLanguage.Chinese);

        Assert.Equal(
            ["劳动者维权指南#劳动者维权指南", "劳动者维权指南#被拖欠工资怎么办", "劳动者维权指南#计算方法", "劳动者维权指南#加班费"],
            sections.Select(s => s.Key));
        Assert.All(sections, s => Assert.Equal(ArticleUnit.HeadingSection, s.Unit));
        Assert.All(sections, s => Assert.Null(s.Number));
        Assert.Equal(["加班费"], sections[2].ChapterPath);
        Assert.Equal(2, sections[1].Paragraphs.Count);
    }

    [Fact]
    public void DuplicateSectionHeadingsGetUniqueKeys()
    {
        var source = Source("## 问题", "甲。", "## 问题", "乙。");
        var sections = new StatuteSplitter().Split(source, "问答", DocumentLanguage.Chinese);
        Assert.Equal(["问答#问题", "问答#问题 (2)"], sections.Select(s => s.Key));
    }

    [Fact]
    public void A_guide_without_marked_headings_is_cut_at_its_outline()
    {
        var source = Source(
            "（2024年3月公司工会编印）",
            "一、加班费怎么算？",
            "工作日延长工作时间的，支付不低于工资百分之一百五十的工资报酬。",
            "（一）休息日加班不能补休的，支付百分之二百。",
            "（二）法定休假日加班的，支付百分之三百。",
            "二、年休假有几天？",
            "累计工作满1年不满10年的，年休假5天。",
            "三、用人单位安排职工年休假，应当考虑职工本人意愿，统筹安排，一般不跨年度安排。");

        var sections = new StatuteSplitter().Split(source, "职工权益问答", DocumentLanguage.Chinese);

        Assert.Equal(
            ["职工权益问答#标题", "职工权益问答#一、加班费怎么算？", "职工权益问答#二、年休假有几天？", "职工权益问答#三、用人单位安排职工年休假"],
            sections.Select(s => s.Key));
        Assert.Equal(3, sections[1].Paragraphs.Count);
        Assert.Equal(["三、用人单位安排职工年休假，应当考虑职工本人意愿，统筹安排，一般不跨年度安排。"], sections[3].Paragraphs);
    }

    [Fact]
    public void Questions_marked_with_问_are_sections_and_a_single_enumerator_is_not_an_outline()
    {
        var faq = new StatuteSplitter().Split(
            Source("问：试用期可以不交社保吗？", "答：不可以。", "问：辞职要提前多久？", "答：提前三十日书面通知。"), "问答", DocumentLanguage.Chinese);
        var notice = new StatuteSplitter().Split(
            Source("一、本通知自印发之日起施行。", "各分会遵照执行。"), "通知", DocumentLanguage.Chinese);

        Assert.Equal(["问答#问：试用期可以不交社保吗？", "问答#问：辞职要提前多久？"], faq.Select(s => s.Key));
        Assert.Equal(["答：不可以。"], faq[0].Paragraphs);
        Assert.Equal(["通知#标题"], notice.Select(s => s.Key));
    }

    private static SourceText Source(params string[] lines)
    {
        var blocks = lines.Select(l => l.StartsWith("## ", StringComparison.Ordinal) ? new TextBlock(l[3..], 2) : new TextBlock(l, 0)).ToArray();
        return new SourceText("x.md", "x.md", "标题", [], new Dictionary<string, string>(), blocks);
    }
}

using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources;
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

    private static SourceText Source(params string[] lines)
    {
        var blocks = lines.Select(l => l.StartsWith("## ", StringComparison.Ordinal) ? new TextBlock(l[3..], 2) : new TextBlock(l, 0)).ToArray();
        return new SourceText("x.md", "x.md", "标题", [], new Dictionary<string, string>(), blocks);
    }
}

using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.Markdown;

namespace Assistant.Knowledge.Tests.Sources.Markdown;

public sealed class MarkdownSourceReaderTests
{
    private readonly MarkdownSourceReader reader = new();

    [Fact]
    public void ReadsTitleHistoryHeadingsAndBodyLines()
    {
        var text = reader.Read(Fixture.File("statute.md"), "社会法/statute.md").Texts.Single();

        Assert.Equal("中华人民共和国测试法", text.Title);
        Assert.Equal(3, text.HeaderLines.Count);
        Assert.StartsWith("2007年6月29日", text.HeaderLines[0]);
        Assert.Empty(text.Properties);
        Assert.Contains(new TextBlock("第一章 一般规定", 2), text.Blocks);
        Assert.Contains(new TextBlock("第一节 基本原则", 3), text.Blocks);
        Assert.Equal(new TextBlock("为了说明本法的结构，这里是一段序言，不是条文。", 0), text.Blocks[0]);
        // Bold markup is stripped.
        Assert.Contains(text.Blocks, b => b.Text == "第三条 用人单位有下列情形之一的，劳动者可以解除劳动合同：");
    }

    [Fact]
    public void KeyValueHeaderLinesBecomeProperties()
    {
        var text = reader.Read(Fixture.File("union-rule.md"), "union-rule.md").Texts.Single();

        Assert.Equal("union-rule", text.Properties["kind"]);
        Assert.Equal("某某公司工会委员会", text.Properties["issuer"]);
        Assert.Equal("2024-03-01", text.Properties["effective"]);
        Assert.Equal(["2024年1月15日 职工代表大会通过"], text.HeaderLines);
    }

    [Fact]
    public void WithoutInfoEndMarkerThereAreNoHeaderLines()
    {
        var text = MarkdownSourceReader.Parse("# 标题\n\n2020年1月1日 通过\n\n第一条 内容。\n", "x.md", "x.md");

        Assert.Empty(text.HeaderLines);
        Assert.Equal(["2020年1月1日 通过", "第一条 内容。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void BookHeadingAboveTheMarkerOpensTheBodyPath()
    {
        const string book = "# 中华人民共和国民法典\n\n# 物权编\n\n2020年5月28日 通过\n\n<!-- INFO END -->\n\n## 第一分编  通则\n\n### 第一章  一般规定\n\n第二百零五条 本编调整物权关系。\n";
        var text = MarkdownSourceReader.Parse(book, "民法典/物权编.md", "民法典/物权编.md");

        Assert.Equal("中华人民共和国民法典", text.Title);
        Assert.Equal(["2020年5月28日 通过"], text.HeaderLines);
        Assert.Equal(new TextBlock("物权编", 1), text.Blocks[0]);
        var article = new Assistant.Knowledge.Parsing.StatuteSplitter().Split(text, "民法典", Assistant.Knowledge.Documents.DocumentLanguage.Chinese).Single();
        Assert.Equal("民法典#第二百零五条", article.Key);
        Assert.Equal(["物权编", "第一分编  通则", "第一章  一般规定"], article.ChapterPath);
    }
}

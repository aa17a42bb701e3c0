using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Tests.Parsing;

public sealed class CitationLineTests
{
    [Theory]
    [InlineData("依据：劳动合同法#第四十七条；劳动合同法实施条例#第二十七条；劳动合同法#第四十七条。", new[] { "劳动合同法#第四十七条", "劳动合同法实施条例#第二十七条" })]
    [InlineData("Based on: 劳动合同法#第四十六条; 工伤保险条例#第十四条", new[] { "劳动合同法#第四十六条", "工伤保险条例#第十四条" })]
    [InlineData("依据：《中华人民共和国劳动合同法》第四十七条、第46条；《工伤保险条例》第十四条", new[] { "劳动合同法#第四十七条", "劳动合同法#第四十六条", "工伤保险条例#第十四条" })]
    [InlineData("法律依据：《刑法》第二百七十六条之一", new[] { "刑法#第二百七十六条之一" })]
    public void A_citation_line_gives_its_keys_in_order_once_each(string line, string[] keys)
    {
        Assert.Equal(keys, CitationLine.Parse(line));
    }

    [Theory]
    [InlineData("公司依据劳动合同法#第四十七条支付")]
    [InlineData("问法：被辞退有没有补偿")]
    [InlineData("依据本办法第五条，会员可以申请帮扶。")]
    public void Other_lines_are_not_citation_lines_or_cite_nothing(string line)
    {
        Assert.Empty(CitationLine.Parse(line) ?? []);
    }

    [Fact]
    public void A_guide_sections_citation_line_becomes_its_cites_and_leaves_its_text()
    {
        var source = new SourceText("guide.md", "guide.md", "职工问答", [],
            new Dictionary<string, string> { ["kind"] = "guide" },
            [
                new TextBlock("被辞退有补偿吗？", 2),
                new TextBlock("问法：被炒了有没有补偿", 0),
                new TextBlock("要看合同是怎么结束的。", 0),
                new TextBlock("依据：劳动合同法#第四十六条；劳动合同法#第四十七条", 0),
            ]);

        var section = Assert.Single(new DocumentBuilder().Build(source, "samples/guide.md").Articles);

        Assert.Equal(["劳动合同法#第四十六条", "劳动合同法#第四十七条"], section.Cites);
        Assert.Equal(["问法：被炒了有没有补偿", "要看合同是怎么结束的。"], section.Paragraphs);
    }

    [Fact]
    public void The_latest_amending_history_line_names_the_version()
    {
        var document = new DocumentBuilder().Build(new SourceText("law.md", "law.md", "中华人民共和国劳动合同法",
            [
                "2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过",
                "2012年12月28日 第十一届全国人民代表大会常务委员会第三十次会议《关于修改〈中华人民共和国劳动合同法〉的决定》修正",
            ],
            new Dictionary<string, string>(),
            [new TextBlock("第一条 为了完善劳动合同制度，制定本法。", 0)]), "laws/law.md");

        Assert.Equal(new DocumentVersion(2012, AmendmentKind.Amended), document.Version);
    }

    [Fact]
    public void A_revision_is_told_from_an_amendment_and_a_quoted_title_is_not_read_as_one()
    {
        var revised = new DocumentBuilder().Build(new SourceText("a.md", "a.md", "全国年节及纪念日放假办法",
            ["1949年12月23日 政务院发布", "2024年11月10日 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第四次修订）"],
            new Dictionary<string, string>(),
            [new TextBlock("第一条 为统一全国年节及纪念日的假期，制定本办法。", 0)]), "laws/a.md");
        var quoted = new DocumentBuilder().Build(new SourceText("b.md", "b.md", "某规定",
            ["2010年1月1日 依据《关于修正若干规定的决定》发布"],
            new Dictionary<string, string>(),
            [new TextBlock("第一条 内容。", 0)]), "laws/b.md");

        Assert.Equal(new DocumentVersion(2024, AmendmentKind.Revised), revised.Version);
        Assert.Null(quoted.Version);
    }
}

using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Docx;
using Assistant.Knowledge.Tests.Support;
using static Assistant.Knowledge.Tests.Sources.Docx.WordFixture;

namespace Assistant.Knowledge.Tests.Sources.Docx;

/// <summary>Word documents as unions have them: articles numbered by Word's lists, styles saved by a Chinese Word,
/// text boxes and tracked changes.</summary>
public sealed class DocxSourceReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void WithoutAStylesPartEnglishStyleIdsGiveTitleAndHeadings()
    {
        var path = Path.Combine(temp.Root("docx"), "handbook.docx");
        Write(path,
        [
            P("Staff Handbook", "<w:pStyle w:val=\"Title\"/>"),
            P("Chapter 1 Working Time", "<w:pStyle w:val=\"Heading2\"/>"),
            P("Article 1 The working day has eight hours."),
            P(""),
            P("Overtime needs consent."),
        ]);

        var text = new DocxSourceReader().Read(path, "handbook.docx").Texts.Single();

        Assert.Equal("Staff Handbook", text.Title);
        Assert.Equal(
            [
                new TextBlock("Chapter 1 Working Time", 2),
                new TextBlock("Article 1 The working day has eight hours.", 0),
                new TextBlock("Overtime needs consent.", 0),
            ],
            text.Blocks);
    }

    [Theory]
    [InlineData("mutual-aid-rules.docx")]
    [InlineData("mutual-aid-rules.doc")]
    [InlineData("mutual-aid-rules.rtf")]
    [InlineData("mutual-aid-rules.odt")]
    [InlineData("mutual-aid-rules.fodt")]
    public void ArticlesNumberedByALibreOfficeListAreSplitAndCited(string fixture)
    {
        // Written by LibreOffice 7.4 from mutual-aid-rules.fodt (soffice --headless --convert-to docx, doc:"MS Word 97",
        // rtf and odt): a 第%1条 list continued across two chapters, with a （%2） sub-list. The numbers exist only as list
        // counters in the Word and OpenDocument files; RTF writes each one out in the paragraph's \listtext.
        var root = temp.Root("rules");
        File.Copy(Fixture.File(fixture), Path.Combine(root, fixture));

        var document = new DocumentLoader().Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal("职工互助保障办法", document.Title);
        Assert.Equal(
            Enumerable.Range(1, 11).Select(n => "职工互助保障办法#第" + Assistant.Knowledge.Parsing.ChineseNumerals.Format(n) + "条"),
            document.Articles.Select(a => a.Key));
        var third = document.Articles[2];
        Assert.Equal(["第二章 保障内容"], third.ChapterPath);
        Assert.Contains("（一）住院治疗", third.Text, StringComparison.Ordinal);
        Assert.Contains("（二）家庭遭受自然灾害", third.Text, StringComparison.Ordinal);
        Assert.Equal(["第一章 总则"], document.Articles[1].ChapterPath);
    }

    [Fact]
    public void ChineseWordStylesAndStyleLinkedChapterListsAreRead()
    {
        // A Chinese Word saves 标题 1 / 标题 2 with style ids "1" / "2" and Normal as "a"; the chapter list is linked to
        // 标题 2, the article list is on the paragraphs; the title is a centred line without a style.
        const string styles =
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"a\"/><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"10\"><w:name w:val=\"条文\"/><w:basedOn w:val=\"a\"/></w:style>";
        var numbering =
            "<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "chineseCountingThousand", "第%1条", suffix: "tab") + "</w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"1\">" + Level(0, "chineseCounting", "第%1章", extra: "<w:pStyle w:val=\"2\"/>") + "</w:abstractNum>" +
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>" +
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
        var body = new List<string>
        {
            P("工会会员管理办法", "<w:jc w:val=\"center\"/>"),
            P("总则", "<w:pStyle w:val=\"2\"/>"),
            P("为了规范会员管理，制定本办法。", Num(1)),
            P("本办法适用于本企业工会。", "<w:pStyle w:val=\"10\"/>" + Num(1)),
            P("会员的权利义务", "<w:pStyle w:val=\"2\"/>"),
        };
        for (var n = 3; n <= 12; n++)
            body.Add(P($"会员规定{n}。", Num(1)));
        body.Add(P("前款规定的会员，可以申请困难帮扶。"));
        var path = Path.Combine(temp.Root("word"), "rules.docx");
        Write(path, body, styles, numbering);

        var text = new DocxSourceReader().Read(path, "rules.docx").Texts.Single();

        Assert.Equal("工会会员管理办法", text.Title);
        Assert.Equal(new TextBlock("第一章 总则", 2), text.Blocks[0]);
        Assert.Equal(new TextBlock("第一条 为了规范会员管理，制定本办法。", 0), text.Blocks[1]);
        Assert.Equal(new TextBlock("第二条 本办法适用于本企业工会。", 0), text.Blocks[2]);
        Assert.Equal(new TextBlock("第二章 会员的权利义务", 2), text.Blocks[3]);
        Assert.Equal(new TextBlock("第十一条 会员规定11。", 0), text.Blocks[^3]);
        Assert.Equal(new TextBlock("第十二条 会员规定12。", 0), text.Blocks[^2]);
        Assert.Equal(new TextBlock("前款规定的会员，可以申请困难帮扶。", 0), text.Blocks[^1]);
    }

    [Fact]
    public void ListsRestartContinueAndSwitchOffAsInWord()
    {
        var numbering =
            "<w:abstractNum w:abstractNumId=\"0\">" +
            Level(0, "chineseCounting", "第%1条") +
            Level(1, "chineseCounting", "（%2）", suffix: "nothing") +
            Level(2, "decimal", "%3.", extra: "<w:lvlRestart w:val=\"0\"/>") +
            "</w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"1\">" + Level(0, "bullet", "•") + "</w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"2\">" + Level(0, "decimal", "%1") + Level(1, "chineseCounting", "%1.%2", extra: "<w:isLgl/>") + "</w:abstractNum>" +
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>" +
            "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>" +
            "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/></w:num>" +
            "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/></w:num>" +
            "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"2\"/></w:num>";
        string[] body =
        [
            P("甲", Num(1)),
            P("子项", Num(1, 1)),
            P("细目", Num(1, 2)),
            P("子项", Num(1, 1)),
            P("乙", Num(1)),
            P("子项", Num(1, 1)),
            P("细目", Num(1, 2)),
            P("", Num(1)),
            P("附则甲", Num(3)),
            P("附则乙", Num(4)),
            P("要点", Num(5)),
            P("未编号", "<w:numPr><w:numId w:val=\"0\"/></w:numPr>"),
            P("节", Num(6)),
            P("小节", Num(6, 1)),
            P("未定义的列表", Num(9)),
        ];
        var path = Path.Combine(temp.Root("lists"), "lists.docx");
        Write(path, body, numbering: numbering);

        var lines = new DocxSourceReader().Read(path, "lists.docx").Texts.Single().Blocks.Select(b => b.Text);

        Assert.Equal(
            [
                "第一条 甲", "（一）子项", "1. 细目", "（二）子项",
                "第二条 乙", "（一）子项", "2. 细目",
                // The empty third article took 第三条; the restarted instance begins again, the next one continues it.
                "第一条 附则甲", "第二条 附则乙",
                "要点", "未编号", "1 节", "1.1 小节", "未定义的列表",
            ],
            lines);
    }

    [Fact]
    public void A_letterhead_above_the_title_is_not_the_title_and_names_the_kind()
    {
        var path = Path.Combine(temp.Root("letterhead"), "notice.docx");
        Write(path,
        [
            P("江河能源集团工会文件", "<w:jc w:val=\"center\"/>"),
            P("江工发〔2024〕3号", "<w:jc w:val=\"center\"/>"),
            P("关于印发《会员慰问办法》的通知", "<w:jc w:val=\"center\"/>"),
            P("第一条 会员结婚的，给予慰问五百元。"),
        ]);

        var text = new DocxSourceReader().Read(path, "notice.docx").Texts.Single();

        Assert.Equal("关于印发《会员慰问办法》的通知", text.Title);
        Assert.Equal("union-rule", text.Properties["kind"]);
        Assert.Equal([new TextBlock("第一条 会员结婚的，给予慰问五百元。", 0)], text.Blocks);
    }

    [Fact]
    public void A_table_row_is_one_line_of_its_article()
    {
        static string Row(params string[] cells) =>
            "<w:tr>" + string.Concat(cells.Select(cell => $"<w:tc><w:p><w:r><w:t>{cell}</w:t></w:r></w:p></w:tc>")) + "</w:tr>";
        var root = temp.Root("table");
        Write(Path.Combine(root, "benefits.docx"),
        [
            P("某公司工会会员慰问办法", "<w:jc w:val=\"center\"/>"),
            P("第五条 会员慰问标准如下："),
            "<w:tbl>" + Row("项目", "标准") + Row("结婚慰问", "500元") + Row("生育慰问", "", "500元") + "</w:tbl>",
            P("第六条 慰问金由分工会发放。"),
        ]);

        var document = new DocumentLoader().Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal(["某公司工会会员慰问办法#第五条", "某公司工会会员慰问办法#第六条"], document.Articles.Select(a => a.Key));
        Assert.Equal("会员慰问标准如下：\n项目 | 标准\n结婚慰问 | 500元\n生育慰问 | 500元", document.Articles[0].Text);
    }

    [Fact]
    public void BreaksSplitLinesWhileDeletionsFieldCodesAndTextBoxCopiesStayOut()
    {
        const string textBox =
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>" +
            "<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>本办法自2024年1月1日起施行</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>" +
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" +
            "<w:txbxContent><w:p><w:r><w:t>本办法自2024年1月1日起施行</w:t></w:r></w:p></w:txbxContent>" +
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        string[] body =
        [
            "<w:p><w:r><w:t>考勤制度</w:t></w:r></w:p>",
            "<w:p><w:r><w:t>第一条 每日工作八小时。</w:t><w:br/><w:t>第二条 加班须经本人同意</w:t></w:r>" +
            "<w:del w:id=\"1\" w:author=\"hr\"><w:r><w:delText>，不得拒绝</w:delText></w:r></w:del>" +
            "<w:r><w:t>。</w:t></w:r></w:p>",
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>第三条</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
            "<w:r><w:tab/><w:t>请假须书面申请。</w:t></w:r></w:p>",
            textBox,
        ];
        var path = Path.Combine(temp.Root("marks"), "attendance.docx");
        Write(path, body);

        var lines = new DocxSourceReader().Read(path, "attendance.docx").Texts.Single().Blocks.Select(b => b.Text);

        Assert.Equal(["考勤制度", "第一条 每日工作八小时。", "第二条 加班须经本人同意。", "第三条 请假须书面申请。", "本办法自2024年1月1日起施行"], lines);
    }
}

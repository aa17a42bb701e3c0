using System.IO.Compression;
using System.Text;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Odf;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources.Odf;

/// <summary>OpenDocument texts as LibreOffice and WPS save them (list numbering, headings, tables, tracked changes).</summary>
public sealed class OdfSourceReaderTests : IDisposable
{
    private const string Ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("condolence-rules.odt")]
    [InlineData("condolence-rules.fodt")]
    public void Headings_a_table_a_tracked_deletion_a_link_and_a_line_break_read_as_Word_shows_them(string fixture)
    {
        // condolence-rules.fodt, and the .odt LibreOffice 7.4 saved from it: the same blocks the .doc and .docx give.
        var text = new OdfSourceReader().Read(Fixture.File(fixture), fixture).Texts.Single();

        Assert.Equal("会员慰问办法", text.Title);
        Assert.Equal(Fixture.CondolenceRulesBlocks, text.Blocks);
    }

    [Fact]
    public void An_issuing_notice_under_a_letterhead_is_titled_by_the_rule_it_issues()
    {
        var root = temp.Root("notices");
        File.Copy(Fixture.File("issuing-notice.odt"), Path.Combine(root, "issuing-notice.odt"));

        var document = new DocumentLoader().Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal(("职工困难帮扶办法", DocumentKind.UnionRule), (document.Title, document.Kind));
        Assert.Equal(3, document.Articles.Count(a => a.Unit == ArticleUnit.Article));
    }

    [Fact]
    public void Lists_continue_restart_and_show_several_levels_as_their_styles_say()
    {
        // A 第…条 list continued by name after a heading and by continue-numbering after a table; an item restarting at
        // 10; a list header without a number; a label showing two levels, each in its own format (一.1); numbered headings from the outline style;
        // hidden text, a footnote, a comment and a table of contents left out; text:s spaces kept.
        var path = Path.Combine(temp.Root("lists"), "rules.fodt");
        File.WriteAllText(path, $$"""
            <office:document {{Ns}}>
             <office:styles>
              <text:outline-style style:name="Outline">
               <text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-prefix="第" style:num-suffix="章"><style:list-level-properties><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
              </text:outline-style>
              <style:style style:name="Heading_20_1" style:family="paragraph" style:default-outline-level="1"/>
             </office:styles>
             <office:automatic-styles>
              <style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
              <text:list-style style:name="L1">
               <text:list-level-style-number text:level="1" style:num-prefix="第" style:num-suffix="条" style:num-format="一, 二, 三, ..."/>
               <text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/>
              </text:list-style>
             </office:automatic-styles>
             <office:body><office:text>
              <text:table-of-content><text:index-body><text:p>第一章 总则 1</text:p></text:index-body></text:table-of-content>
              <text:p text:style-name="P1">班组长津贴办法</text:p>
              <text:h text:style-name="Heading_20_1" text:outline-level="1">总则</text:h>
              <text:list xml:id="a" text:style-name="L1">
               <text:list-item><text:p>班组长每月领取津贴。<text:note><text:note-body><text:p>脚注</text:p></text:note-body></text:note></text:p>
                <text:list><text:list-item><text:p>津贴按月发放；</text:p></text:list-item><text:list-item><text:p>津贴随工资<text:s text:c="2"/>发放。</text:p></text:list-item></text:list>
               </text:list-item>
               <text:list-header><text:p>（以下为津贴标准）</text:p></text:list-header>
              </text:list>
              <text:h text:style-name="Heading_20_1" text:outline-level="1">标准</text:h>
              <text:list text:continue-list="a" text:style-name="L1">
               <text:list-item><text:p>津贴标准为每月三百元。<office:annotation><text:p>批注</text:p></office:annotation><text:hidden-text text:is-hidden="true" text:string-value="隐藏"/></text:p></text:list-item>
              </text:list>
              <table:table><table:table-row><table:table-cell><text:p>班组</text:p></table:table-cell><table:table-cell><text:p>三百元</text:p></table:table-cell></table:table-row></table:table>
              <text:list text:continue-numbering="true" text:style-name="L1">
               <text:list-item><text:p>津贴由分会审核。</text:p></text:list-item>
               <text:list-item text:start-value="10"><text:p>本办法自发布之日起施行。</text:p></text:list-item>
              </text:list>
             </office:text></office:body>
            </office:document>
            """);

        var text = new OdfSourceReader().Read(path, "rules.fodt").Texts.Single();

        Assert.Equal("班组长津贴办法", text.Title);
        Assert.Equal(
            [
                new TextBlock("第一章 总则", 1),
                new TextBlock("第一条 班组长每月领取津贴。", 0),
                new TextBlock("一.1 津贴按月发放；", 0),
                new TextBlock("一.2 津贴随工资  发放。", 0),
                new TextBlock("（以下为津贴标准）", 0),
                new TextBlock("第二章 标准", 1),
                new TextBlock("第二条 津贴标准为每月三百元。", 0),
                new TextBlock("班组 | 三百元", 0),
                new TextBlock("第三条 津贴由分会审核。", 0),
                new TextBlock("第十条 本办法自发布之日起施行。", 0),
            ],
            text.Blocks);
    }

    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "not-a-zip", "not an OpenDocument text: it is not a zip package (damaged, or another format renamed .odt)" },
        { "no-content", "not an OpenDocument text: the package has no content.xml" },
        { "malformed", "content.xml is not well-formed XML: the file is damaged" },
        { "encrypted", "password-protected: save a copy without the password" },
        { "spreadsheet", "not a text document: it has no office:text body (a spreadsheet or presentation saved as .odt?)" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_file_that_is_not_a_readable_text_is_reported_with_what_to_do(string name, string reason)
    {
        var root = temp.Root("broken");
        var path = Path.Combine(root, name + ".odt");
        if (name == "not-a-zip")
        {
            File.WriteAllText(path, "会员慰问办法");
        }
        else
        {
            using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
            void Part(string entry, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Part("mimetype", "application/vnd.oasis.opendocument.text");
            if (name == "encrypted")
                Part("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>");
            if (name == "malformed")
                Part("content.xml", "<office:document-content");
            if (name is "spreadsheet" or "encrypted")
                Part("content.xml", $"<office:document-content {Ns}><office:body><office:spreadsheet/></office:body></office:document-content>");
        }

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Empty(result.Documents);
        Assert.Equal((path, reason), (result.Failures.Single().Path, result.Failures.Single().Reason));
    }

    [Theory]
    [InlineData("condolence-rules.odt")]
    [InlineData("mutual-aid-rules.odt")]
    public void Damaged_bytes_give_a_document_or_a_reason_never_another_error(string fixture) =>
        Assert.InRange(DamagedFiles.Reported(fixture, temp.Root("damaged"), path => new OdfSourceReader().Read(path, fixture)), 1, 299);
}

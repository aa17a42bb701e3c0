using System.IO.Compression;
using System.Text;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Ofd;
using Assistant.Knowledge.Sources.Pdf;
using Assistant.Knowledge.Sources.Scans;
using Assistant.Knowledge.Tests.Sources.Scans;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources.Ofd;

/// <summary>OFD files (GB/T 33190), the fixed-layout format official documents are issued in: read as a PDF's words
/// are, so the same rule gives the same articles in either format.</summary>
public sealed class OfdSourceReaderTests : IDisposable
{
    private const string Ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("hardship-rules")]
    [InlineData("issuing-notice")]
    public void A_rule_reads_the_same_as_the_PDF_it_was_laid_out_from(string name)
    {
        // bench/PdfToOfd laid the LibreOffice PDF's words out again as OFD text objects (millimetres from the top left,
        // baselines in TextCode Y, letter advances in DeltaX with "g N d" runs), as OFD converters write them.
        var pdf = new PdfSourceReader().Read(Fixture.File(name + ".pdf"), name + ".pdf").Texts.Single();

        var ofd = new OfdSourceReader().Read(Fixture.File(name + ".ofd"), name + ".ofd").Texts.Single();

        Assert.Equal(pdf.Title, ofd.Title);
        Assert.Equal(pdf.Properties, ofd.Properties);
        Assert.Equal(pdf.Blocks.Select(b => b.Text), ofd.Blocks.Select(b => b.Text));
        Assert.NotEmpty(ofd.Blocks);
    }

    [Fact]
    public void The_loader_indexes_an_ofd_rule_with_its_articles_and_chapters()
    {
        var root = temp.Root("rules");
        File.Copy(Fixture.File("hardship-rules.ofd"), Path.Combine(root, "hardship-rules.ofd"));

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        var document = Assert.Single(result.Documents);
        Assert.Empty(result.Failures);
        Assert.Equal("职工困难帮扶办法", document.Title);
        Assert.Equal(12, document.Articles.Count);
        Assert.Equal(["第二章 帮扶对象和标准"], document.Articles[3].ChapterPath);
        Assert.Equal("困难帮扶分为日常帮扶和节日慰问。日常帮扶每户每年最高2万元，节日慰问每户每次1000元。", document.Articles[4].Text);
        Assert.DoesNotContain(document.Articles, a => a.Text.Contains("某某公司工会文件", StringComparison.Ordinal) || a.Text.Contains('—'));
    }

    [Fact]
    public void Templates_page_blocks_and_continued_codes_are_read_while_hidden_and_turned_text_is_not()
    {
        // Locations absolute and relative; the letterhead and the page number on a template page; a text code without X
        // or Y continuing the previous one's; a word gap inside one code, and none after a full-width dash; a wrapped
        // line; a watermark turned 45°; hidden text.
        var path = Write("notice.ofd", new Dictionary<string, string>
        {
            ["OFD.xml"] = Ofd("/Doc_0/Document.xml"),
            ["Doc_0/Document.xml"] = $"""
                <ofd:Document {Ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>
                <ofd:TemplatePage ID="90" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>
                <ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>
                """,
            ["Doc_0/Tpls/Tpl_0/Content.xml"] = $"""
                <ofd:Page {Ns}><ofd:Content><ofd:Layer ID="91">
                {Text(40, 20, 8, "江河能源集团工会文件")}
                {Text(100, 280, 4, "— 1 —")}
                </ofd:Layer></ofd:Content></ofd:Page>
                """,
            ["Doc_0/Pages/Page_0/Content.xml"] = $"""
                <ofd:Page {Ns}><ofd:Template TemplateID="90" ZOrder="Background"/><ofd:Content><ofd:Layer ID="2">
                {Text(60, 40, 7, "关于班组长津贴的规定")}
                <ofd:PageBlock ID="3">
                  <ofd:TextObject ID="4" Boundary="85 60 60 12" Font="1" Size="4.2333">
                    <ofd:TextCode X="0" Y="4" DeltaX="g 2 4.2333 12 4.2333">第一章总则</ofd:TextCode>
                  </ofd:TextObject>
                  <ofd:PageBlock ID="5">{Text(25, 70, 4.2333, "第一条班组长每月领取津贴，津贴数额按照班组人数和岗位风险确定，由分工会每季")}</ofd:PageBlock>
                  {Text(25, 76, 4.2333, "度核定一次。")}
                </ofd:PageBlock>
                <ofd:TextObject ID="6" Boundary="25 81 160 14" Font="1" Size="4.2333">
                  <ofd:TextCode X="0" Y="4" DeltaX="g 2 4.2333">第二条</ofd:TextCode>
                  <ofd:TextCode X="14.8" DeltaX="g 7 4.2333">津贴随工资发放。</ofd:TextCode>
                </ofd:TextObject>
                {Text(25, 92, 4.2333, "第三条津贴标准由公司工会—分工会商定。")}
                <ofd:TextObject ID="7" Boundary="30 100 150 150" Font="1" Size="20" CTM="0.707 0.707 -0.707 0.707 0 0">
                  <ofd:TextCode X="0" Y="20" DeltaX="g 3 20">内部资料</ofd:TextCode>
                </ofd:TextObject>
                <ofd:TextObject ID="8" Boundary="25 100 160 6" Font="1" Size="4.2333" Visible="false">
                  <ofd:TextCode X="0" Y="4" DeltaX="g 3 4.2333">隐藏文字</ofd:TextCode>
                </ofd:TextObject>
                </ofd:Layer></ofd:Content></ofd:Page>
                """,
        });

        var text = new OfdSourceReader().Read(path, "notice.ofd").Texts.Single();

        Assert.Equal("关于班组长津贴的规定", text.Title);
        Assert.Equal(["第一章 总则", "第一条班组长每月领取津贴，津贴数额按照班组人数和岗位风险确定，由分工会每季度核定一次。", "第二条 津贴随工资发放。", "第三条津贴标准由公司工会—分工会商定。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_scanned_page_is_read_by_the_recognizer_from_its_multimedia_file()
    {
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F' };
        var path = Write("scan.ofd", ScannedPackage(jpeg));
        var recognizer = new CannedRecognizer(
        [
            [
                new("职工疗休养办法", 300, 150, 600, 70, 0.99),
                new("第一条会员每两年可以参加一次疗休养。", 150, 400, 900, 48, 0.97),
                new("第二条疗休养费用由工会经费列支。", 150, 470, 800, 48, 0.97),
            ],
        ]);

        var text = new OfdSourceReader(recognizer).Read(path, "scan.ofd").Texts.Single();

        Assert.Equal("职工疗休养办法", text.Title);
        Assert.Equal(["第一条会员每两年可以参加一次疗休养。", "第二条疗休养费用由工会经费列支。"], text.Blocks.Select(b => b.Text));
        Assert.Equal(jpeg, Assert.Single(recognizer.Images).Bytes);
    }

    [Fact]
    public void Scans_that_cannot_be_read_are_reported_with_what_to_do()
    {
        var root = temp.Root("scans");
        File.WriteAllBytes(Path.Combine(root, "scan.ofd"), Package(ScannedPackage([0xFF, 0xD8, 0xFF])));
        File.WriteAllBytes(Path.Combine(root, "fax.ofd"), Package(ScannedPackage([0x97, 0x4A, 0x42, 0x32, 0x0D, 0x0A, 0x1A, 0x0A])));
        var blank = ScannedPackage([]);
        blank["Doc_0/Pages/Page_0/Content.xml"] = $"<ofd:Page {Ns}><ofd:Content><ofd:Layer ID=\"2\"/></ofd:Content></ofd:Page>";
        File.WriteAllBytes(Path.Combine(root, "blank.ofd"), Package(blank));

        var without = new DocumentLoader().Load([root], null, CancellationToken.None);
        var recognizer = new CannedRecognizer([[]]);
        var with = new DocumentLoader(recognizer).Load([root], null, CancellationToken.None);

        Assert.Equal(
            [
                ("blank.ofd", "no text on its 1 page(s): a scanned image needs OCR: build with the indexer and its OCR models, or export the text from the original"),
                ("fax.ofd", "no text on its 1 page(s): a scanned image needs OCR: build with the indexer and its OCR models, or export the text from the original"),
                ("scan.ofd", "no text on its 1 page(s): a scanned image needs OCR: build with the indexer and its OCR models, or export the text from the original"),
            ],
            without.Failures.Select(f => (Path.GetFileName(f.Path), f.Reason)).Order());
        Assert.Equal(
            [
                ("blank.ofd", "no text on its 1 page(s), and OCR found none either: check that the scan is upright and legible"),
                ("fax.ofd", "no text on its 1 page(s), and 1 scanned page image(s) are stored in an encoding OCR cannot decode (JBIG2, TIFF or another format than JPEG, PNG, BMP or GIF): scan again as JPEG or PNG, or export the text from the original"),
                ("scan.ofd", "no text on its 1 page(s), and OCR found none either: check that the scan is upright and legible"),
            ],
            with.Failures.Select(f => (Path.GetFileName(f.Path), f.Reason)).Order());
        Assert.Equal(1, recognizer.Pages);
    }

    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "not-a-zip", "not an OFD file: it is not a zip package (damaged, or another format renamed .ofd)" },
        { "no-ofd-xml", "not an OFD file: the package has no OFD.xml" },
        { "no-doc-root", "not an OFD file: OFD.xml names no document (DocBody/DocRoot)" },
        { "missing-document", "Doc_0/Document.xml is missing from the package: the file is damaged" },
        { "missing-page", "Doc_0/Pages/Page_0/Content.xml is missing from the package: the file is damaged" },
        { "malformed-page", "Doc_0/Pages/Page_0/Content.xml is not well-formed XML: the file is damaged" },
        { "no-pages", "no pages: the document lists none (Pages in its Document.xml)" },
        { "encrypted", "encrypted: open it in the OFD reader it came with and export a copy without protection" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_is_reported_by_path_with_what_is_wrong(string name, string reason)
    {
        var root = temp.Root("broken");
        var document = $"""<ofd:Document {Ns}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>""";
        var parts = name switch
        {
            "no-ofd-xml" => new Dictionary<string, string> { ["Doc_0/Document.xml"] = document },
            "no-doc-root" => new() { ["OFD.xml"] = $"<ofd:OFD {Ns}><ofd:DocBody/></ofd:OFD>" },
            "missing-document" => new() { ["OFD.xml"] = Ofd("Doc_0/Document.xml") },
            "missing-page" => new() { ["OFD.xml"] = Ofd("Doc_0/Document.xml"), ["Doc_0/Document.xml"] = document },
            "malformed-page" => new() { ["OFD.xml"] = Ofd("Doc_0/Document.xml"), ["Doc_0/Document.xml"] = document, ["Doc_0/Pages/Page_0/Content.xml"] = "<ofd:Page" },
            "no-pages" => new() { ["OFD.xml"] = Ofd("Doc_0/Document.xml"), ["Doc_0/Document.xml"] = $"<ofd:Document {Ns}><ofd:Pages/></ofd:Document>" },
            "encrypted" => new() { ["OFD.xml"] = Ofd("Doc_0/Document.xml"), ["Encryptions.xml"] = "<Encryptions/>" },
            _ => null,
        };
        File.WriteAllBytes(Path.Combine(root, name + ".ofd"), parts is null ? Encoding.UTF8.GetBytes("%PDF-1.7 renamed") : Package(parts));

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Empty(result.Documents);
        var failure = Assert.Single(result.Failures);
        Assert.Equal((Path.Combine(root, name + ".ofd"), reason), (failure.Path, failure.Reason));
    }

    [Fact]
    public void Damaged_bytes_give_a_document_or_a_reason_never_another_error() =>
        Assert.InRange(DamagedFiles.Reported("hardship-rules.ofd", temp.Root("damaged"), path => new OfdSourceReader().Read(path, "rules.ofd")), 1, 299);

    [Fact]
    public void Nonsense_in_positions_and_locations_gives_a_document_or_a_reason_never_another_error()
    {
        // The zip's checksums catch damaged bytes; values a producer got wrong reach the reader as they are.
        string[] nonsense = ["", "-1", "NaN", "1e309", "g", "g -5 3", "g 99999999 1", "1 2", "0 0 0 0", "0 0 0 0 0 0", "../../..", "/", "x y z w"];
        var parts = new Dictionary<string, string>
        {
            ["OFD.xml"] = Ofd("Doc_0/Document.xml"),
            ["Doc_0/Document.xml"] = $"""
                <ofd:Document {Ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>
                <ofd:TemplatePage ID="90" BaseLoc="Tpl.xml"/><ofd:DocumentRes>Res.xml</ofd:DocumentRes></ofd:CommonData>
                <ofd:Pages><ofd:Page ID="1" BaseLoc="Page.xml"/></ofd:Pages></ofd:Document>
                """,
            ["Doc_0/Tpl.xml"] = $"""<ofd:Page {Ns}><ofd:Content><ofd:Layer ID="1">{Text(40, 20, 8, "江河能源集团工会文件")}</ofd:Layer></ofd:Content></ofd:Page>""",
            ["Doc_0/Res.xml"] = $"""<ofd:Res {Ns} BaseLoc="Res"><ofd:MultiMedias><ofd:MultiMedia ID="20" Type="Image"><ofd:MediaFile>a.img</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>""",
            ["Doc_0/Res/a.img"] = Convert.ToBase64String([0xFF, 0xD8, 0xFF]),
            ["Doc_0/Page.xml"] = $"""
                <ofd:Page {Ns}><ofd:Template TemplateID="90"/><ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="2">
                <ofd:ImageObject ID="3" Boundary="0 0 210 297" ResourceID="20"/>
                <ofd:TextObject ID="4" Boundary="25 60 160 12" Font="1" Size="4.2333" CTM="1 0 0 1 0 0">
                <ofd:TextCode X="0" Y="4" DeltaX="g 2 4.2333 12 4.2333">第一条班组长每月领取津贴。</ofd:TextCode></ofd:TextObject>
                </ofd:Layer></ofd:Content></ofd:Page>
                """,
        };
        var values = new[] { "BaseLoc", "Boundary", "Size", "CTM", "X", "Y", "DeltaX", "PhysicalBox", "DocRoot", "MediaFile", "TemplateID", "ResourceID" };
        var random = new Random(20261125);
        var path = Path.Combine(temp.Root("nonsense"), "rules.ofd");
        var reasons = 0;
        for (var round = 0; round < 300; round++)
        {
            var damaged = parts.ToDictionary(p => p.Key, p => p.Key.EndsWith(".img", StringComparison.Ordinal) ? p.Value : Damage(p.Value, values, nonsense, random));
            File.WriteAllBytes(path, Package(damaged));
            reasons += ReadOrReason(path, new CannedRecognizer(Enumerable.Repeat<IReadOnlyList<RecognizedText>>([], 10).ToList()));
        }
        Assert.InRange(reasons, 1, 299);
    }

    // Sets one to three of the named attributes or elements to a nonsense value, and sometimes leaves an element out.
    private static string Damage(string xml, string[] names, string[] nonsense, Random random)
    {
        string[] elements = ["ImageObject", "TextObject", "TextCode", "Template", "Area", "PageArea", "Pages", "MultiMedias"];
        if (random.Next(3) == 0)
        {
            var element = elements[random.Next(elements.Length)];
            xml = System.Text.RegularExpressions.Regex.Replace(xml, $@"<ofd:{element}\b[^>]*/>|<ofd:{element}\b[^>]*>.*?</ofd:{element}>", string.Empty,
                System.Text.RegularExpressions.RegexOptions.Singleline);
        }
        for (var changes = random.Next(1, 4); changes > 0; changes--)
        {
            var name = names[random.Next(names.Length)];
            var value = nonsense[random.Next(nonsense.Length)];
            xml = System.Text.RegularExpressions.Regex.Replace(xml, $@"(\b{name}="")[^""]*("")", m => m.Groups[1].Value + value + m.Groups[2].Value);
            xml = System.Text.RegularExpressions.Regex.Replace(xml, $@"(<ofd:{name}>)[^<]*(</ofd:{name}>)", m => m.Groups[1].Value + value + m.Groups[2].Value);
        }
        return xml;
    }

    // 1 when the reader gave a reason, 0 when it read a document; any other exception fails the test.
    private static int ReadOrReason(string path, IScanRecognizer? recognizer = null)
    {
        try
        {
            var reader = recognizer is null ? new OfdSourceReader() : new OfdSourceReader(recognizer);
            Assert.NotNull(reader.Read(path, "rules.ofd").Texts.Single());
            return 0;
        }
        catch (InvalidDataException exception)
        {
            Assert.False(string.IsNullOrWhiteSpace(exception.Message));
            return 1;
        }
    }

    [Fact]
    public void Deltas_expand_repeated_runs()
    {
        Assert.Equal([1.5, 4.2, 4.2, 4.2, 2], OfdDeltas("1.5 g 3 4.2 2"));
        Assert.Equal([3.0, 3.0], OfdDeltas("g 3 x 3"));
        Assert.Empty(OfdDeltas(null));
    }

    private static List<double> OfdDeltas(string? value) => Assistant.Knowledge.Sources.Ofd.OfdPageContent.Deltas(value);

    private static Dictionary<string, string> ScannedPackage(byte[] image) => new()
    {
        ["OFD.xml"] = Ofd("Doc_0/Document.xml"),
        ["Doc_0/Document.xml"] = $"""
            <ofd:Document {Ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>
            <ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>
            <ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>
            """,
        ["Doc_0/DocumentRes.xml"] = $"""
            <ofd:Res {Ns} BaseLoc="Res"><ofd:MultiMedias><ofd:MultiMedia ID="20" Type="Image"><ofd:MediaFile>page1.img</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>
            """,
        ["Doc_0/Res/page1.img"] = Convert.ToBase64String(image),
        ["Doc_0/Pages/Page_0/Content.xml"] = $"""
            <ofd:Page {Ns}><ofd:Content><ofd:Layer ID="2">
            <ofd:ImageObject ID="3" Boundary="10 10 30 20" CTM="30 0 0 20 0 0" ResourceID="21"/>
            <ofd:ImageObject ID="4" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="20"/>
            </ofd:Layer></ofd:Content></ofd:Page>
            """,
    };

    private static string Ofd(string docRoot) =>
        $"""<ofd:OFD {Ns} DocType="OFD" Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo><ofd:DocRoot>{docRoot}</ofd:DocRoot></ofd:DocBody></ofd:OFD>""";

    // One line of even Chinese type: the boundary's top left at (left, top), the baseline at 0.88 em.
    private static string Text(double left, double top, double size, string text) =>
        FormattableString.Invariant($"""
            <ofd:TextObject ID="{(int)(top * 10)}" Boundary="{left} {top} {size * text.Length} {size}" Font="1" Size="{size}">
            <ofd:TextCode X="0" Y="{size * 0.88}" DeltaX="g {text.Length - 1} {size}">{text}</ofd:TextCode></ofd:TextObject>
            """);

    private string Write(string name, Dictionary<string, string> parts)
    {
        var path = Path.Combine(temp.Root("ofd"), name);
        File.WriteAllBytes(path, Package(parts));
        return path;
    }

    // Parts whose name ends in .img hold base64 bytes; the others are XML text.
    private static byte[] Package(Dictionary<string, string> parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (location, content) in parts)
            {
                using var stream = zip.CreateEntry(location).Open();
                var bytes = location.EndsWith(".img", StringComparison.Ordinal) ? Convert.FromBase64String(content) : Encoding.UTF8.GetBytes(content);
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }
}

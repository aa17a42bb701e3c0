using System.Text;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Rtf;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources.Rtf;

/// <summary>Rich Text Format as LibreOffice and Word write it. List numbering is tested with the Word readers', on the
/// same rule in each format.</summary>
public sealed class RtfSourceReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void TablesFieldsTrackedDeletionsAndLineBreaksReadAsWordShowsThem()
    {
        // condolence-rules.rtf: LibreOffice 7.4 from condolence-rules.fodt (soffice --headless --convert-to rtf): a table
        // with a two-paragraph cell, a {\deleted 三百元} change, a HYPERLINK field, a line break.
        var root = temp.Root("rtf");
        File.Copy(Fixture.File("condolence-rules.rtf"), Path.Combine(root, "condolence-rules.rtf"));

        var document = new DocumentLoader().Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal("会员慰问办法", document.Title);
        Assert.Equal(
            [
                ("会员慰问办法#第一条", "第一章 总则", "会员结婚、生育、住院的，工会按照下表给予慰问。\n事项 | 标准\n结婚 | 五百元\n住院 （三天以上） | 八百元"),
                ("会员慰问办法#第二条", "第二章 申请", "会员生育的，慰问金为六百元。"),
                ("会员慰问办法#第三条", "第二章 申请", "申请慰问，填写慰问申请表，交所在分会。\n分会应当在五个工作日内报送工会办公室。"),
            ],
            document.Articles.Select(a => (a.Key, string.Join("/", a.ChapterPath), a.Text)));
        var raw = File.ReadAllText(Fixture.File("condolence-rules.rtf"));
        Assert.Contains(@"{\deleted", raw, StringComparison.Ordinal);
        Assert.Contains("HYPERLINK", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsGbkBytesUnicodeFallbacksAndHiddenPartsAreReadAsShown()
    {
        // As a Chinese Word writes it: GBK bytes in a font of charset 134 under \ansicpg936, \uN with a two-byte
        // fallback (\uc2), a header and a field code that are not body text, hidden text, an old \pntext number.
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        string Bytes(string text) => string.Concat(gbk.GetBytes(text).Select(b => $"\\'{b:x2}"));
        var rtf = @"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f13\fnil\fcharset134 " + Bytes("宋体") + @";}}"
            + @"{\header\pard\plain\f13 " + Bytes("江河集团工会") + @"\par}"
            + @"\pard\plain\f13 " + Bytes("考勤办法") + @"\par"
            + @"\pard\plain\f13{\pntext\f13 1.\tab}" + Bytes("第一条") + @" \uc2\u32844\'d6\'b0" + Bytes("工每日工作八小时") + @"{\v " + Bytes("隐藏") + @"}" + Bytes("。") + @"\par"
            + @"\pard\plain\f13 " + Bytes("第二条 详见") + @"{\field{\*\fldinst HYPERLINK ""http://x.example""}{\fldrslt " + Bytes("制度汇编") + @"}}" + Bytes("。") + @"\par}";
        var path = Path.Combine(temp.Root("word"), "attendance.rtf");
        File.WriteAllText(path, rtf, Encoding.Latin1);

        var text = new RtfSourceReader().Read(path, "attendance.rtf").Texts.Single();

        Assert.Equal("考勤办法", text.Title);
        Assert.Equal(["第一条 职工每日工作八小时。", "第二条 详见制度汇编。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void AMalformedByteEscapeIsDroppedAndTheRestRead()
    {
        var path = Path.Combine(temp.Root("malformed"), "rules.rtf");
        File.WriteAllText(path, @"{\rtf1\ansi Leave Rules\par Article 1 Leave is\'zz paid.\par}", Encoding.Latin1);

        var text = new RtfSourceReader().Read(path, "rules.rtf").Texts.Single();

        Assert.Equal("Leave Rules", text.Title);
        Assert.Equal(["Article 1 Leave is paid."], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void AFileThatIsNotRtfIsReportedByName()
    {
        var root = temp.Root("renamed");
        File.WriteAllText(Path.Combine(root, "rules.rtf"), "第一条 this was a text file");

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Empty(result.Documents);
        Assert.Equal((Path.Combine(root, "rules.rtf"), "not a Rich Text Format file (it does not start with {\\rtf)"),
            (result.Failures.Single().Path, result.Failures.Single().Reason));
    }
}

using System.Text;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Doc;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources.Doc;

/// <summary>Word 97–2003 documents as unions keep them: written by LibreOffice 7.4 from the .fodt beside each fixture
/// (<c>soffice --headless --convert-to doc:"MS Word 97"</c>). List numbering is tested with the .docx reader's, on the
/// same rule in both formats.</summary>
public sealed class DocSourceReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void TablesFieldsTrackedDeletionsAndLineBreaksReadAsWordShowsThem()
    {
        // condolence-rules.fodt: Heading 1 chapters, a table with a two-paragraph cell, a deletion tracked as a change
        // (三百元 is still in the file), a hyperlink (a HYPERLINK field whose code names the address), a line break.
        var path = Fixture.File("condolence-rules.doc");

        var text = new DocSourceReader().Read(path, "condolence-rules.doc").Texts.Single();

        Assert.Equal("会员慰问办法", text.Title);
        Assert.Equal(Fixture.CondolenceRulesBlocks, text.Blocks);
        var raw = File.ReadAllBytes(path);
        Assert.True(Contains(raw, "三百元") && Contains(raw, "HYPERLINK"), "the fixture must still hold the deleted text and the field code");
    }

    [Fact]
    public void AnIssuingNoticeUnderALetterheadIsTitledByTheRuleItIssues()
    {
        var document = LoadSingle("issuing-notice.doc");

        Assert.Equal("职工困难帮扶办法", document.Title);
        Assert.Equal(DocumentKind.UnionRule, document.Kind);
        Assert.Equal(3, document.Articles.Count(a => a.Unit == ArticleUnit.Article));
    }

    [Fact]
    public void AWpsDocumentInWordsBinaryFormatIsReadLikeADoc()
    {
        var root = temp.Root("wps");
        File.Copy(Fixture.File("mutual-aid-rules.doc"), Path.Combine(root, "互助保障办法.wps"));

        var document = new DocumentLoader().Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal(11, document.Articles.Count);
        Assert.Equal("职工互助保障办法#第十一条", document.Articles[^1].Key);
    }

    [Fact]
    public void FilesThatAreNotReadableWordDocumentsAreNamedWithWhatToDo()
    {
        var root = temp.Root("broken");
        var good = File.ReadAllBytes(Fixture.File("mutual-aid-rules.doc"));
        File.Copy(Fixture.File("mutual-aid-rules.doc"), Path.Combine(root, "good.doc"));
        File.WriteAllText(Path.Combine(root, "renamed.doc"), "PK this is a zip, not a compound file");
        File.WriteAllText(Path.Combine(root, "old.wps"), "WPS 2000 text");
        File.WriteAllBytes(Path.Combine(root, "truncated.doc"), good[..2048]);
        File.WriteAllBytes(Path.Combine(root, "locked.doc"), WithPasswordFlag(good));
        File.WriteAllBytes(Path.Combine(root, "spreadsheet.doc"), Replace(good, "WordDocument", "Workbook\0\0\0\0"));

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Equal(["broken/good.doc"], result.Documents.Select(d => d.Id));
        Assert.Equal(
            [
                (Path.Combine(root, "locked.doc"), "the document is password-protected: remove the password and save it again"),
                (Path.Combine(root, "old.wps"), "a WPS document in a format older than WPS Office 2005: open it in WPS and save it as .docx"),
                (Path.Combine(root, "renamed.doc"), "not a Word 97–2003 document: if it is a newer Word file renamed, name it .docx"),
                (Path.Combine(root, "spreadsheet.doc"), "not a Word document: the file has no WordDocument stream"),
                (Path.Combine(root, "truncated.doc"), "the compound file is truncated or damaged (a sector lies past its end)"),
            ],
            result.Failures.Select(f => (f.Path, f.Reason)).Order());
    }

    [Fact]
    public void EightBitPiecesAsWordSavesLatinTextAreReadAsWindows1252()
    {
        // Word stores a run of text that needs nothing beyond Windows-1252 as an 8-bit piece at half its stated offset;
        // LibreOffice never does, so the piece table is written here: an 8-bit piece with a curly apostrophe (0x92) and
        // an en dash (0x96), then a UTF-16 piece.
        var latin = new byte[] { (byte)'A', (byte)'r', (byte)'t', (byte)'.', (byte)' ', (byte)'1', (byte)' ', (byte)'W', (byte)'o', (byte)'r', (byte)'k', (byte)'e', (byte)'r', 0x92, (byte)'s', (byte)' ', 0x96, (byte)' ' };
        var chinese = Encoding.Unicode.GetBytes("工资\r");
        var word = new byte[0x800];
        BitConverter.GetBytes((ushort)0xA5EC).CopyTo(word, 0);
        BitConverter.GetBytes((ushort)0x00C1).CopyTo(word, 2);
        BitConverter.GetBytes((ushort)14).CopyTo(word, 32);
        BitConverter.GetBytes((ushort)22).CopyTo(word, 62);
        BitConverter.GetBytes(latin.Length + chinese.Length / 2).CopyTo(word, 0x4C);
        BitConverter.GetBytes((ushort)93).CopyTo(word, 152);
        latin.CopyTo(word, 0x400);
        chinese.CopyTo(word, 0x500);
        // Clx: a piece table (0x02, size, CPs 0 | 18 | 21, two descriptors: fc with bit 30 for 8-bit text).
        var clx = new List<byte> { 0x02 };
        var plc = new List<byte>();
        foreach (var cp in new[] { 0, latin.Length, latin.Length + chinese.Length / 2 })
            plc.AddRange(BitConverter.GetBytes(cp));
        foreach (var fc in new[] { 0x40000000u | (0x400u * 2), 0x500u })
            plc.AddRange([0, 0, .. BitConverter.GetBytes(fc), 0, 0]);
        clx.AddRange(BitConverter.GetBytes(plc.Count));
        clx.AddRange(plc);
        BitConverter.GetBytes(0).CopyTo(word, 154 + 33 * 8);
        BitConverter.GetBytes(clx.Count).CopyTo(word, 154 + 33 * 8 + 4);

        var document = Assistant.Knowledge.Sources.Doc.WordBinaryDocument.Open(word, name => name == "0Table" ? clx.ToArray() : null);

        Assert.Equal(["Art. 1 Worker’s – 工资"], document.Paragraphs().Select(p => p.Text));
    }

    [Theory]
    [InlineData("mutual-aid-rules.doc")]
    [InlineData("condolence-rules.doc")]
    [InlineData("issuing-notice.doc")]
    public void DamagedBytesAnywhereGiveADocumentOrAReasonNeverAnotherError(string fixture) =>
        // Structures point at each other by offset and count; a damaged file must still be reported in words.
        Assert.InRange(DamagedFiles.Reported(fixture, temp.Root("damaged"), path => new DocSourceReader().Read(path, fixture), maxChanges: 8), 1, 299);

    private LegalDocument LoadSingle(string fixture)
    {
        var root = temp.Root(Path.GetFileNameWithoutExtension(fixture));
        File.Copy(Fixture.File(fixture), Path.Combine(root, fixture));
        var result = new DocumentLoader().Load([root], null, CancellationToken.None);
        Assert.Empty(result.Failures);
        return result.Documents.Single();
    }

    private static bool Contains(byte[] bytes, string text) => IndexOf(bytes, Encoding.Unicode.GetBytes(text)) >= 0;

    private static int IndexOf(byte[] bytes, byte[] pattern) => bytes.AsSpan().IndexOf(pattern);

    private static byte[] Replace(byte[] bytes, string from, string to)
    {
        var copy = (byte[])bytes.Clone();
        var at = IndexOf(copy, Encoding.Unicode.GetBytes(from));
        Assert.True(at >= 0);
        Encoding.Unicode.GetBytes(to).CopyTo(copy, at);
        return copy;
    }

    // The WordDocument stream starts on a sector with the Word identifier 0xA5EC; bit 8 of its flags marks encryption.
    private static byte[] WithPasswordFlag(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        var sector = Enumerable.Range(1, copy.Length / 512 - 1).First(s => copy[s * 512] == 0xEC && copy[s * 512 + 1] == 0xA5);
        copy[sector * 512 + 0x0B] |= 0x01;
        return copy;
    }
}

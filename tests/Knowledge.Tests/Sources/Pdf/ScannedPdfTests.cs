using System.Text;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Tests.Sources.Scans;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources.Pdf;

/// <summary>Scanned PDFs, and scans pasted into Word, read through a scan recognizer: what it finds is set back on the
/// page and read like text. The recognizer here answers what a real one would for the fixture's pages (the real one is
/// tested with the indexer).</summary>
public sealed class ScannedPdfTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void RecognizedLinesBecomeATitleHeadingsAndJoinedParagraphs()
    {
        // hardship-rules-scanned.pdf: the LibreOffice PDF of hardship-rules.fodt as 150 dpi JPEG pages (pdftoppm, img2pdf).
        // The title wraps to a two-character line whose box is a quarter taller than the first line's (a box follows the
        // ink, which a long line of Chinese fills less than its em), so a long line's type size is measured along it,
        // by width per character; the recognizer reads the
        // gap in 第一章 总则 as nothing; 第二条 and its text are two pieces of one line.
        var recognizer = new CannedRecognizer(
        [
            [
                new("职工困难帮扶", 440, 150, 360, 52, 0.99),
                new("办法", 560, 225, 120, 66, 0.99),
                new("第一章总则", 520, 330, 200, 48, 0.98),
                new("第一条为了帮助生活困难的职工", 150, 420, 560, 48, 0.97),
                new("渡过难关，制定本办法。", 150, 480, 440, 48, 0.97),
                new("第二条", 150, 540, 120, 48, 0.99),
                new("本办法适用于会员。", 330, 540, 360, 48, 0.98),
            ],
            [],
        ]);
        var root = temp.Root("scans");
        File.Copy(Fixture.File("hardship-rules-scanned.pdf"), Path.Combine(root, "rules.pdf"));

        var result = new DocumentLoader(recognizer).Load([root], null, CancellationToken.None);

        var document = Assert.Single(result.Documents);
        Assert.Equal("职工困难帮扶办法", document.Title);
        Assert.Equal(
            [
                ("职工困难帮扶办法#第一条", "第一章 总则", "为了帮助生活困难的职工渡过难关，制定本办法。"),
                ("职工困难帮扶办法#第二条", "第一章 总则", "本办法适用于会员。"),
            ],
            document.Articles.Select(a => (a.Key, string.Join("/", a.ChapterPath), a.Text)));
        Assert.Equal(2, recognizer.Pages);
        Assert.All(recognizer.Images, image => Assert.Equal((1241, 1754), (image.Width, image.Height)));
        Assert.All(recognizer.Images, image => Assert.Equal([0xFF, 0xD8], image.Bytes[..2]));
    }

    [Theory]
    [InlineData("pasted-scan.docx")]
    [InlineData("pasted-scan.doc")]
    public void PagesPastedIntoAWordDocumentWithoutTextAreReadLikeAScan(string fixture)
    {
        // pasted-scan.docx: LibreOffice wrote it from a .fodt holding the two pages of hardship-rules.pdf as 120 dpi
        // JPEGs (16 × 22.6 cm each), then page 2 again as a 2 × 2 cm picture, which is no page and is not read; the .doc
        // is LibreOffice's Word 97 copy of it (the pictures as BLIP records, page 2's stored twice and read once).
        var recognizer = new CannedRecognizer(
        [
            [new("职工困难帮扶办法", 300, 100, 480, 40, 0.99), new("第一条为了帮助生活困难的职工，制定本办法。", 100, 200, 600, 30, 0.98)],
            [new("第二条本办法适用于会员。", 100, 100, 360, 30, 0.98)],
        ]);
        var root = temp.Root("pasted");
        File.Copy(Fixture.File(fixture), Path.Combine(root, "rules" + Path.GetExtension(fixture)));

        var document = new DocumentLoader(recognizer).Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal("职工困难帮扶办法", document.Title);
        Assert.Equal(["职工困难帮扶办法#第一条", "职工困难帮扶办法#第二条"], document.Articles.Select(a => a.Key));
        Assert.Equal(2, recognizer.Pages);
        Assert.All(recognizer.Images, image => Assert.Equal([0xFF, 0xD8], image.Bytes[..2]));
    }

    [Theory]
    [InlineData("mutual-aid-rules.docx")]
    [InlineData("mutual-aid-rules.doc")]
    public void AWordDocumentWithTextIsNotSentToTheRecognizer(string fixture)
    {
        var recognizer = new CannedRecognizer([]);
        var root = temp.Root("typed");
        File.Copy(Fixture.File(fixture), Path.Combine(root, "rules" + Path.GetExtension(fixture)));

        var document = new DocumentLoader(recognizer).Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal(11, document.Articles.Count);
        Assert.Equal(0, recognizer.Pages);
    }

    [Fact]
    public void PagesWithTextAreNotSentToTheRecognizer()
    {
        var recognizer = new CannedRecognizer([]);
        var root = temp.Root("text");
        File.Copy(Fixture.File("hardship-rules.pdf"), Path.Combine(root, "rules.pdf"));

        var document = new DocumentLoader(recognizer).Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal(12, document.Articles.Count);
        Assert.Equal(0, recognizer.Pages);
    }

    [Fact]
    public void AScanTheRecognizerFindsNothingOnIsReported()
    {
        var root = temp.Root("blank");
        File.Copy(Fixture.File("hardship-rules-scanned.pdf"), Path.Combine(root, "blank.pdf"));

        var result = new DocumentLoader(new CannedRecognizer([[], []])).Load([root], null, CancellationToken.None);

        Assert.Empty(result.Documents);
        Assert.Equal((Path.Combine(root, "blank.pdf"), "no text on its 2 page(s), and OCR found none either: check that the scan is upright and legible"),
            (result.Failures.Single().Path, result.Failures.Single().Reason));
    }

    [Fact]
    public void AScanStoredInAnEncodingNoDecoderReadsIsReportedWithWhatToDo()
    {
        var root = temp.Root("jbig2");
        File.WriteAllBytes(Path.Combine(root, "fax.pdf"), OneImagePdf("/JBIG2Decode", [0x97, 0x4A, 0x42, 0x32, 0x0D, 0x0A, 0x1A, 0x0A]));
        var recognizer = new CannedRecognizer([]);

        var result = new DocumentLoader(recognizer).Load([root], null, CancellationToken.None);

        Assert.Empty(result.Documents);
        Assert.StartsWith("no text on its 1 page(s), and 1 scanned page image(s) are stored in an encoding OCR cannot decode (JBIG2 or JPEG 2000)",
            result.Failures.Single().Reason, StringComparison.Ordinal);
        Assert.Equal(0, recognizer.Pages);
    }

    [Fact]
    public void AnImageThatCoversLittleOfThePageIsNoScan()
    {
        // A logo on an empty page: nothing to recognize, reported as a PDF without text.
        var root = temp.Root("logo");
        File.WriteAllBytes(Path.Combine(root, "logo.pdf"), OneImagePdf("/DCTDecode", [0xFF, 0xD8, 0xFF, 0xD9], placement: "100 0 0 100 50 700"));
        var recognizer = new CannedRecognizer([]);

        var result = new DocumentLoader(recognizer).Load([root], null, CancellationToken.None);

        Assert.Equal("no text on its 1 page(s), and OCR found none either: check that the scan is upright and legible", result.Failures.Single().Reason);
        Assert.Equal(0, recognizer.Pages);
    }

    [Fact]
    public void CancellingTheBuildStopsTheRecognition()
    {
        var root = temp.Root("cancel");
        File.Copy(Fixture.File("hardship-rules-scanned.pdf"), Path.Combine(root, "rules.pdf"));
        using var cancellation = new CancellationTokenSource();
        var recognizer = new CannedRecognizer([[], []], onRecognize: cancellation.Cancel);

        Assert.ThrowsAny<OperationCanceledException>(() => new DocumentLoader(recognizer).Load([root], null, cancellation.Token));
        Assert.Equal(1, recognizer.Pages);
    }

    // A one-page A4 PDF drawing one 100 × 100 greyscale image with the given filter, by default over the whole page.
    private static byte[] OneImagePdf(string filter, byte[] data, string placement = "595 0 0 842 0 0")
    {
        var content = Encoding.ASCII.GetBytes($"q {placement} cm /Im1 Do Q");
        var parts = new List<byte[]>();
        var offsets = new List<int>();
        var length = 0;
        void Add(string text) => Add2(Encoding.ASCII.GetBytes(text));
        void Add2(byte[] bytes)
        {
            parts.Add(bytes);
            length += bytes.Length;
        }
        void Object(string body, byte[]? stream = null)
        {
            offsets.Add(length);
            Add($"{offsets.Count} 0 obj\n{body}\n");
            if (stream is not null)
            {
                Add("stream\n");
                Add2(stream);
                Add("\nendstream\n");
            }
            Add("endobj\n");
        }
        Add("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>");
        Object($"<< /Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter {filter} /Length {data.Length} >>", data);
        Object($"<< /Length {content.Length} >>", content);
        var xref = length;
        Add($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            Add($"{offset:D10} 00000 n \n");
        Add($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return parts.SelectMany(p => p).ToArray();
    }
}

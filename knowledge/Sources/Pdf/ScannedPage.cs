using System.Text.RegularExpressions;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.Scans;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Assistant.Knowledge.Sources.Pdf;

/// <summary>
/// The lines of a scanned page: its page-sized image is read by the recognizer, and what it finds is set back on the
/// page in PDF points, so the title, running headers and paragraphs are found as on a page with text.
/// </summary>
internal static partial class ScannedPage
{
    // A scan fills the page; a logo or a stamp on an otherwise empty page is not a scan.
    private const double MinShareOfPage = 0.5;

    /// <summary>The page's largest image when it covers most of the page, or null.</summary>
    public static IPdfImage? Scan(Page page)
    {
        var area = page.Width * page.Height;
        var largest = page.GetImages().MaxBy(image => image.BoundingBox.Area);
        return largest is not null && area > 0 && largest.BoundingBox.Area >= MinShareOfPage * area ? largest : null;
    }

    /// <summary>The encoded image a recognizer can decode: a JPEG as stored, other encodings converted to PNG; null for
    /// encodings we cannot convert (JBIG2, JPEG 2000).</summary>
    public static ScanImage? Encoded(IPdfImage image)
    {
        if (Filters(image).Contains("DCTDecode"))
            return new ScanImage(image.RawBytes.ToArray(), image.WidthInSamples, image.HeightInSamples);
        return image.TryGetPng(out var png) ? new ScanImage(png, image.WidthInSamples, image.HeightInSamples) : null;
    }

    /// <summary>Why a fixed-layout file (PDF, OFD) whose pages hold no text gave nothing, and what to do about it.</summary>
    /// <param name="recognizes">Whether scans were given to a recognizer.</param>
    /// <param name="pages">The file's pages.</param>
    /// <param name="undecodable">Page images in an encoding the recognizer cannot decode.</param>
    /// <param name="undecodableEncodings">Those encodings, named for the reader (<c>JBIG2 or JPEG 2000</c>).</param>
    public static string NoTextReason(bool recognizes, int pages, int undecodable, string undecodableEncodings) =>
        !recognizes
            ? $"no text on its {pages} page(s): a scanned image needs OCR: build with the indexer and its OCR models, or export the text from the original"
            : undecodable > 0
                ? $"no text on its {pages} page(s), and {undecodable} scanned page image(s) are stored in an encoding OCR cannot decode ({undecodableEncodings}): scan again as JPEG or PNG, or export the text from the original"
                : $"no text on its {pages} page(s), and OCR found none either: check that the scan is upright and legible";

    /// <summary>A page image whose place on a page is not known (an image file, a picture in a Word file, an OFD page's
    /// image), read by the recognizer; its lines stay in the image's own pixels, which is all the layout steps compare.</summary>
    public static List<PdfLine> Read(IScanRecognizer recognizer, byte[] image, int pageNumber, CancellationToken cancellationToken) =>
        Lines(pageNumber, 0, 0, 1, 1, recognizer.Recognize(new ScanImage(image, 0, 0), cancellationToken));

    /// <summary>Scanned pages pasted into a Word document that has no text of its own: each picture read as a page (pages
    /// where nothing was read left out), laid out like a scanned PDF's, under the typed title if there is one; null when
    /// no picture held text.</summary>
    public static SourceText? PastedPages(IEnumerable<byte[]> images, IScanRecognizer recognizer, string path, string relativePath,
        string? typedTitle, CancellationToken cancellationToken)
    {
        var pages = new List<IReadOnlyList<PdfLine>>();
        foreach (var image in images)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Read(recognizer, image, pages.Count + 1, cancellationToken) is { Count: > 0 } lines)
                pages.Add(lines);
        }
        if (pages.Count == 0)
            return null;
        var scanned = PdfSourceReader.FromPages(path, relativePath, pages);
        var blocks = typedTitle is { } typed && scanned.Title is { } read && read != typed
            ? [new TextBlock(read, 0), .. scanned.Blocks]
            : scanned.Blocks;
        return scanned with { Title = typedTitle ?? scanned.Title, Blocks = blocks };
    }

    /// <summary>Recognized pieces of text of a PDF page's scan, set on the page where the image is drawn.</summary>
    public static List<PdfLine> Lines(Page page, IPdfImage image, IReadOnlyList<RecognizedText> texts)
    {
        var bounds = image.BoundingBox;
        return Lines(page.Number, bounds.Left, bounds.Top, bounds.Width / image.WidthInSamples, bounds.Height / image.HeightInSamples, texts);
    }

    /// <summary>Recognized pieces of text grouped into lines (pieces whose middles are within half a line's height),
    /// in reading order, in points of a page whose image's top left corner is at (<paramref name="left"/>,
    /// <paramref name="top"/>), a pixel measuring <paramref name="xScale"/> × <paramref name="yScale"/> points.</summary>
    public static List<PdfLine> Lines(int pageNumber, double left, double top, double xScale, double yScale, IReadOnlyList<RecognizedText> texts)
    {
        var rows = new List<List<RecognizedText>>();
        foreach (var text in texts.Where(t => t.Text.Trim().Length > 0).OrderBy(t => t.Top + t.Height / 2))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(Middle(row) - (text.Top + text.Height / 2)) <= row.Max(t => t.Height) / 2)
                row.Add(text);
            else
                rows.Add([text]);
        }
        var lines = new List<PdfLine>(rows.Count);
        foreach (var row in rows)
        {
            var ordered = row.OrderBy(t => t.Left).ToList();
            var height = ordered.Max(t => t.Height);
            var joined = ordered[0].Text.Trim();
            for (var i = 1; i < ordered.Count; i++)
            {
                var gap = ordered[i].Left - (ordered[i - 1].Left + ordered[i - 1].Width);
                joined += (gap > height / 2 ? " " : string.Empty) + ordered[i].Text.Trim();
            }
            var line = new PdfLine(
                GluedHeading().Replace(joined, "$1 "),
                pageNumber,
                left + ordered[0].Left * xScale,
                left + ordered.Max(t => t.Left + t.Width) * xScale,
                top - ordered.Max(t => t.Top + t.Height) * yScale,
                height * yScale);
            var ems = ordered.Sum(t => Ems(t.Text));
            lines.Add(ems >= MeasuredEms ? line with { FontSize = ordered.Sum(t => t.Width) * xScale / ems } : line);
        }
        return SameSizesAlike(lines);
    }

    // A detected box's height follows the ink, a little less than the type for a long line of Chinese (glyphs fill about
    // nine tenths of their em) and a little more for one or two characters, whose box keeps a margin all round. So the
    // type size of a line of three ems or more is its width over its characters (Chinese characters and full-width
    // punctuation one em each, others half), and a shorter line's is its height.
    private const double MeasuredEms = 3;

    private static double Ems(string text) => text.Sum(c => PdfLine.IsCjk(c) ? 1.0 : char.IsWhiteSpace(c) ? 0.25 : 0.5);

    // Measured sizes still vary by a few percent with the glyphs (一 against 藏) and the margins of a box; lines whose
    // sizes differ by less than SizeTolerance are set in one type size, so a title over two lines is found whole.
    private const double SizeTolerance = 0.15;

    private static List<PdfLine> SameSizesAlike(List<PdfLine> lines)
    {
        var sizes = lines.Select(line => line.FontSize).Order().ToList();
        var groups = new List<List<double>>();
        foreach (var size in sizes)
        {
            if (groups.Count > 0 && size <= groups[^1][0] * (1 + SizeTolerance))
                groups[^1].Add(size);
            else
                groups.Add([size]);
        }
        double Typical(double size)
        {
            var group = groups.First(candidate => candidate[0] <= size && size <= candidate[^1]);
            return group[group.Count / 2];
        }
        return lines.Select(line => line with { FontSize = Typical(line.FontSize) }).ToList();
    }

    // The recognizer reads the wide gap after 第二章 in a heading as nothing; the heading needs it back to be one.
    [GeneratedRegex(@"^(第[〇零一二三四五六七八九十百千两0-9]+(?:分编|编|章|节))(?=[\u4e00-\u9fff][^，。；：,.;:]{0,30}$)")]
    private static partial Regex GluedHeading();

    private static double Middle(List<RecognizedText> row) => row.Average(t => t.Top + t.Height / 2);

    private static HashSet<string> Filters(IPdfImage image)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (image.ImageDictionary.TryGet(NameToken.Filter, out var filter))
        {
            if (filter is NameToken name)
                names.Add(name.Data);
            else if (filter is ArrayToken array)
                names.UnionWith(array.Data.OfType<NameToken>().Select(n => n.Data));
        }
        return names;
    }
}

using System.Text.RegularExpressions;
using Assistant.Knowledge.Sources.Pdf;
using Assistant.Knowledge.Sources.Scans;

namespace Assistant.Knowledge.Sources.Images;

/// <summary>
/// Reads page images saved as files (a scanner's JPEGs, a notice passed round as a picture) through the scan
/// recognizer, laid out like a scanned PDF's pages. Pages of one document saved one file each (通知_1.jpg, 通知_2.jpg;
/// 章程(1).png, 章程(2).png; scan001.jpg, scan002.jpg) are read as one document, in page order, under the first page's
/// name; the other pages give nothing of their own. Without a recognizer, an image is reported as needing OCR.
/// </summary>
public sealed partial class ImageSourceReader : ISourceReader
{
    private readonly IScanRecognizer? _recognizer;

    /// <summary>A reader that reports images as needing OCR.</summary>
    public ImageSourceReader()
    {
    }

    /// <summary>A reader that has images read by <paramref name="recognizer"/>.</summary>
    public ImageSourceReader(IScanRecognizer recognizer) => _recognizer = recognizer;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".jpg", ".jpeg", ".png", ".bmp"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        var pages = PagesOf(path);
        if (!string.Equals(pages[0], path, StringComparison.Ordinal))
            return new SourceReadResult([], []); // read with the document's first page
        if (_recognizer is null)
            throw new InvalidDataException(pages.Count == 1
                ? "an image: its text needs OCR: build with the indexer and its OCR models"
                : $"an image, the first of {pages.Count} pages: their text needs OCR: build with the indexer and its OCR models");
        var lines = new List<IReadOnlyList<PdfLine>>(pages.Count);
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines.Add(ScannedPage.Read(_recognizer, File.ReadAllBytes(page), lines.Count + 1, cancellationToken));
        }
        if (lines.All(page => page.Count == 0))
            throw new InvalidDataException(pages.Count == 1 ? "no text found in the image (a photo, or a scan too faint to read)" : $"no text found in its {pages.Count} page images");
        return SourceReadResult.Of(PdfSourceReader.FromPages(path, relativePath, lines));
    }

    // The page files of the document this image belongs to, in page order: images in the same folder whose names differ
    // only in a page number (通知_1.jpg, 通知_2.jpg) that runs 1, 2, 3… (or from 0), when there are at least two; else
    // the image alone.
    private static List<string> PagesOf(string path)
    {
        if (Pattern(path) is not { } pattern || Path.GetDirectoryName(path) is not { } folder)
            return [path];
        var pages = Directory.EnumerateFiles(folder)
            .Select(file => (File: file, Page: Pattern(file)))
            .Where(page => page.Page is { } other && string.Equals(other.Name, pattern.Name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(page => page.Page!.Value.Number)
            .ThenBy(page => page.File, StringComparer.Ordinal)
            .ToList();
        // Pages are numbered from 0 or 1 without gaps; a camera's running numbers (IMG_1234, IMG_1240) are not pages.
        var numbers = pages.Select(page => page.Page!.Value.Number).ToList();
        var consecutive = numbers.Count >= 2 && numbers[0] is 0 or 1 && numbers.Zip(numbers.Skip(1), (a, b) => b == a + 1).All(next => next);
        return consecutive ? pages.Select(page => page.File).ToList() : [path];
    }

    // An image's name with its page number taken out (通知_#.jpg), and the number; null without one.
    private static (string Name, int Number)? Pattern(string file)
    {
        if (!IsImage(file))
            return null;
        var name = Path.GetFileNameWithoutExtension(file);
        var match = PageNumber().Match(name);
        if (!match.Success)
            return null;
        var page = match.Groups["page"];
        return (name[..page.Index] + "#" + name[(page.Index + page.Length)..] + Path.GetExtension(file).ToLowerInvariant(),
            int.Parse(page.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static bool IsImage(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".bmp";

    // A name ending in a page number: 通知_2, 通知-2, 通知 2, 章程(2), 章程（2）, scan002, 第2页.
    [GeneratedRegex(@"^(?<stem>.*?)[\s_\-－—]*(?:[(（](?<page>\d{1,3})[)）]|第(?<page>\d{1,3})页|(?<page>\d{1,3}))$")]
    private static partial Regex PageNumber();
}

using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.Scans;
using UglyToad.PdfPig;
using PdfDocumentFormatException = UglyToad.PdfPig.Core.PdfDocumentFormatException;
using UglyToad.PdfPig.Exceptions;

namespace Assistant.Knowledge.Sources.Pdf;

/// <summary>
/// Reads PDF text as its reader sees it: lines rebuilt from word positions, page numbers and running headers or
/// footers left out, wrapped lines joined back into paragraphs. The title is the large type at the top of the first
/// page, or else the first line. A scanned page (no text, an image covering it) is read by the scan recognizer when
/// one is given, and its lines go through the same steps.
/// </summary>
public sealed class PdfSourceReader : ISourceReader
{
    private readonly IScanRecognizer? _recognizer;

    /// <summary>A reader of PDFs with text; scans are reported as needing OCR.</summary>
    public PdfSourceReader()
    {
    }

    /// <summary>A reader that has scanned pages read by <paramref name="recognizer"/>.</summary>
    public PdfSourceReader(IScanRecognizer recognizer) => _recognizer = recognizer;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        try
        {
            return ReadPages(path, relativePath, cancellationToken);
        }
        catch (PdfDocumentEncryptedException)
        {
            // Protected only against editing or printing, a PDF opens without a password; this one does not.
            throw new InvalidDataException("password-protected: it opens only with its password; save or print a copy without one");
        }
        catch (PdfDocumentFormatException exception)
        {
            throw new InvalidDataException($"not a readable PDF (damaged, empty, or another format renamed .pdf: {exception.Message}): export or print it to PDF again");
        }
    }

    private SourceReadResult ReadPages(string path, string relativePath, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(path);
        var pages = new List<IReadOnlyList<PdfLine>>();
        var undecodable = 0;
        foreach (var page in document.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lines = PdfLineBuilder.Lines(page).ToList();
            if (lines.Count == 0 && _recognizer is not null && ScannedPage.Scan(page) is { } scan)
            {
                if (ScannedPage.Encoded(scan) is { } image)
                    lines = ScannedPage.Lines(page, scan, _recognizer.Recognize(image, cancellationToken));
                else
                    undecodable++;
            }
            pages.Add(lines);
        }
        if (pages.Count > 0 && pages.All(page => page.Count == 0))
            throw new InvalidDataException(ScannedPage.NoTextReason(_recognizer is not null, pages.Count, undecodable, "JBIG2 or JPEG 2000"));
        return SourceReadResult.Of(FromPages(path, relativePath, pages));
    }

    /// <summary>Laid-out pages as a source text: page furniture dropped, the title by type size, lines joined into
    /// paragraphs.</summary>
    internal static SourceText FromPages(string path, string relativePath, IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var (title, before, body) = PdfTitle.Split(PageFurniture.Remove(pages));
        var blocks = PdfParagraphs.Join(body).Select(text => new TextBlock(text, 0)).ToList();
        return new SourceText(path, relativePath, title, [], Letterhead.Properties(before), blocks);
    }
}

using Assistant.Knowledge.Sources.Pdf;
using UglyToad.PdfPig;

namespace Assistant.Knowledge.Sources;

/// <summary>
/// Reads PDF text as its reader sees it: lines rebuilt from word positions, page numbers and running headers or
/// footers left out, wrapped lines joined back into paragraphs. The title is the large type at the top of the first
/// page, or else the first line.
/// </summary>
public sealed class PdfSourceReader : ISourceReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath)
    {
        using var document = PdfDocument.Open(path);
        var pages = document.GetPages().Select(page => (IReadOnlyList<PdfLine>)PdfLineBuilder.Lines(page).ToList()).ToList();
        if (pages.Count > 0 && pages.All(page => page.Count == 0))
            throw new InvalidDataException($"no text on its {pages.Count} page(s): a scanned image needs OCR first, or export the text from the original");
        var (title, before, body) = PdfTitle.Split(PageFurniture.Remove(pages));
        var blocks = PdfParagraphs.Join(body).Select(text => new TextBlock(text, 0)).ToList();
        return SourceReadResult.Of(new SourceText(path, relativePath, title, [], Letterhead.Properties(before), blocks));
    }
}

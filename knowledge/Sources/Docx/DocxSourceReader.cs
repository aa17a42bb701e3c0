using System.Text;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.Pdf;
using Assistant.Knowledge.Sources.Scans;
using Assistant.Knowledge.Sources.WordLists;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Knowledge.Sources.Docx;

/// <summary>
/// Reads Word documents as Word shows them: list numbers are written out (<c>第一条</c> from a <c>第%1条</c> list),
/// headings come from the style's name or outline level in any language of Word, line breaks inside a paragraph
/// separate lines, a table row is one line. The Title style (or the first heading of level 1, or else a centred first
/// line that is not a chapter or article) is the title.
/// </summary>
public sealed class DocxSourceReader : ISourceReader
{
    // A picture this large (in EMU², 8 × 10 cm) is a pasted page, not a logo or a signature.
    private const long PageSizedArea = 2_880_000L * 3_600_000L;

    private readonly IScanRecognizer? _recognizer;

    /// <summary>A reader of Word documents' text.</summary>
    public DocxSourceReader()
    {
    }

    /// <summary>A reader that also reads scanned pages pasted into a document that has no text of its own (below a
    /// title at most), with <paramref name="recognizer"/>.</summary>
    public DocxSourceReader(IScanRecognizer recognizer) => _recognizer = recognizer;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        using var document = Open(path);
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var styles = new WordStyles(main!.StyleDefinitionsPart?.Styles);
        var numbering = WordNumbering.FromOpenXml(main.NumberingDefinitionsPart?.Numbering);

        var reading = new Reading(styles, numbering);
        reading.Visit(body);
        // Without text, the rule is in the pictures.
        if (reading.Blocks.Count == 0 && _recognizer is not null
            && ScannedPage.PastedPages(PageImages(main, body), _recognizer, path, relativePath, reading.Title, cancellationToken) is { } scanned)
            return SourceReadResult.Of(scanned);
        return SourceReadResult.Of(new SourceText(path, relativePath, reading.Title, [], Letterhead.Properties(reading.Letterhead), reading.Blocks));
    }

    // Page-sized JPEG or PNG pictures in document order, each once.
    private static IEnumerable<byte[]> PageImages(MainDocumentPart main, Body body)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var blip in body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>())
        {
            if (blip.Embed?.Value is not { } id || !seen.Add(id) || main.GetPartById(id) is not ImagePart part
                || part.ContentType is not ("image/jpeg" or "image/png") || !IsPageSized(blip))
                continue;
            using var stream = part.GetStream();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            yield return bytes.ToArray();
        }
    }

    private static WordprocessingDocument Open(string path)
    {
        try
        {
            return WordprocessingDocument.Open(path, isEditable: false);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            throw new InvalidDataException(OfficeOpenXmlFiles.Reason(path, "a Word document", ".docx"));
        }
    }

    private static bool IsPageSized(OpenXmlElement blip)
    {
        var extent = blip.Ancestors<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>().FirstOrDefault()?.Extent
            ?? blip.Ancestors<DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor>().FirstOrDefault()?.Extent;
        return extent?.Cx?.Value is not { } width || extent.Cy?.Value is not { } height || width * height >= PageSizedArea;
    }

    /// <summary>One pass over a body in document order: paragraphs (and the paragraphs of text boxes inside them) become
    /// lines, a table row one line with its cells separated by <c>|</c>, so a 慰问标准 row stays one line.</summary>
    private sealed class Reading(WordStyles styles, WordNumbering numbering)
    {
        private bool _first = true;

        public string? Title { get; private set; }

        /// <summary>The official letterhead above the title, when there is one.</summary>
        public List<string> Letterhead { get; } = [];

        public List<TextBlock> Blocks { get; } = [];

        public void Visit(OpenXmlElement element)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case AlternateContentFallback:
                        // A text box's content is saved twice (DrawingML and a VML fallback); the fallback copy is skipped.
                        break;
                    case Paragraph paragraph:
                        Add(paragraph);
                        Visit(paragraph);
                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                            AddRow(row);
                        break;
                    default:
                        Visit(child);
                        break;
                }
            }
        }

        private void Add(Paragraph paragraph)
        {
            var styleId = styles.StyleOf(paragraph);
            var lines = LabelledLines(paragraph, styleId);
            if (lines.Count == 0)
                return;
            if (Title is null && lines.All(Sources.Letterhead.IsLine))
            {
                Letterhead.AddRange(lines);
                return;
            }
            var level = styles.HeadingLevel(paragraph, styleId);
            if (Title is null && (styles.IsTitle(styleId) || level == 1 || _first && IsCentredTitle(paragraph, lines)))
                Title = string.Join(' ', lines);
            else
                Blocks.AddRange(lines.Select(line => new TextBlock(line, level)));
            _first = false;
        }

        private void AddRow(TableRow row)
        {
            var cells = row.Elements<TableCell>()
                .Select(cell => string.Join(' ', cell.Descendants<Paragraph>()
                    .Where(p => !p.Ancestors<AlternateContentFallback>().Any())
                    .SelectMany(p => LabelledLines(p, styles.StyleOf(p)))));
            var line = TextBlock.Row(cells);
            if (line.Length == 0)
                return;
            Blocks.Add(new TextBlock(line, 0));
            _first = false;
        }

        private List<string> LabelledLines(Paragraph paragraph, string? styleId)
        {
            var label = ListLabel(paragraph, styleId, styles, numbering);
            var lines = Lines(paragraph);
            if (lines.Count > 0)
                lines[0] = (label + lines[0]).Trim();
            return lines;
        }
    }

    // Numbering on the paragraph wins over its style's; numId 0 switches an inherited list off. An empty numbered
    // paragraph still takes its number, as in Word.
    private static string ListLabel(Paragraph paragraph, string? styleId, WordStyles styles, WordNumbering numbering)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var ownLevel = own?.NumberingLevelReference?.Val?.Value;
        if (own?.NumberingId?.Val?.Value is { } id)
            return id == 0 ? string.Empty : numbering.Next(id, ownLevel ?? 0);
        if (styles.Numbering(styleId) is not var (instance, styleLevel) || instance == 0)
            return string.Empty;
        var level = ownLevel ?? styleLevel ?? numbering.LevelOfStyle(instance, styleId!) ?? 0;
        return numbering.Next(instance, level);
    }

    private static List<string> Lines(Paragraph paragraph)
    {
        var lines = new List<StringBuilder> { new() };
        AppendText(paragraph, lines);
        return lines.Select(line => line.ToString().Trim()).Where(line => line.Length > 0).ToList();
    }

    private static void AppendText(OpenXmlElement element, List<StringBuilder> lines)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Paragraph or AlternateContentFallback:
                    // A nested paragraph (text box) is read on its own; a fallback repeats its choice.
                    break;
                case Text text:
                    lines[^1].Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    lines[^1].Append(' ');
                    break;
                case Break or CarriageReturn:
                    lines.Add(new StringBuilder());
                    break;
                case NoBreakHyphen:
                    lines[^1].Append('-');
                    break;
                default:
                    AppendText(child, lines);
                    break;
            }
        }
    }

    // Chinese rules typed in Word often have no Title style: the title is the first line, centred.
    private static bool IsCentredTitle(Paragraph paragraph, List<string> lines) =>
        paragraph.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Center
        && TitleLine.Could(string.Join(' ', lines));
}

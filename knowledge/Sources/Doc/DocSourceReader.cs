using System.Buffers.Binary;
using System.Text;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.Pdf;
using Assistant.Knowledge.Sources.Scans;
using Assistant.Knowledge.Sources.WordLists;

namespace Assistant.Knowledge.Sources.Doc;

/// <summary>
/// Reads Word 97–2003 documents (<c>.doc</c>), and WPS Office documents (<c>.wps</c>) saved in the same binary format,
/// as Word shows them: list numbers are written out (<c>第一条</c> from a <c>第%1条</c> list), headings come from the
/// built-in heading styles or outline levels, field codes are left out and their results kept, text deleted with
/// changes tracked is left out, and a table row is one line with its cells joined by <c>|</c>. The Title style, or
/// else the first line below an official letterhead, is the title. A file with no text of its own but scanned pages
/// pasted in as pictures has them read by the scan recognizer, when one is given.
/// </summary>
public sealed class DocSourceReader : ISourceReader
{
    private const char FieldBegin = '\u0013';
    private const char FieldSeparator = '\u0014';
    private const char FieldEnd = '\u0015';

    private readonly IScanRecognizer? _recognizer;

    /// <summary>A reader of the text of Word 97–2003 files.</summary>
    public DocSourceReader()
    {
    }

    /// <summary>A reader that also has scanned pages pasted into a file without text read by <paramref name="recognizer"/>.</summary>
    public DocSourceReader(IScanRecognizer recognizer) => _recognizer = recognizer;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".doc", ".wps"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        var bytes = File.ReadAllBytes(path);
        if (!CompoundFile.HasSignature(bytes))
        {
            throw new InvalidDataException(Path.GetExtension(path).Equals(".wps", StringComparison.OrdinalIgnoreCase)
                ? "a WPS document in a format older than WPS Office 2005: open it in WPS and save it as .docx"
                : "not a Word 97–2003 document: if it is a newer Word file renamed, name it .docx");
        }
        try
        {
            var container = CompoundFile.Open(bytes);
            var document = WordBinaryDocument.Open(container);
            var styles = new WordBinaryStyles(document.TablePart(FibPart.StyleSheet));
            var numbering = WordBinaryLists.Read(document);
            var reading = new Reading(styles, numbering);
            foreach (var paragraph in document.Paragraphs())
                reading.Add(paragraph);
            reading.EndRow();
            if (reading.Blocks.Count == 0 && _recognizer is not null
                && ScannedPage.PastedPages(WordBinaryPictures.PageImages(container), _recognizer, path, relativePath, reading.Title, cancellationToken) is { } scanned)
                return SourceReadResult.Of(scanned);
            return SourceReadResult.Of(new SourceText(path, relativePath, reading.Title, [], Letterhead.Properties(reading.Letterhead), reading.Blocks));
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            // A structure that points past its stream: the file is cut short or damaged.
            throw new InvalidDataException("the Word document is damaged: a structure in it points past its end", exception);
        }
    }

    /// <summary>One pass over the paragraphs in order, keeping the title, the letterhead and the cells of the open
    /// table row.</summary>
    private sealed class Reading(WordBinaryStyles styles, WordNumbering numbering)
    {
        private readonly List<string> _row = [];
        private readonly List<string> _cell = [];

        public string? Title { get; private set; }

        public List<string> Letterhead { get; } = [];

        public List<TextBlock> Blocks { get; } = [];

        public void Add(WordBinaryParagraph paragraph)
        {
            var label = Label(paragraph);
            var lines = Lines(paragraph.Text);
            if (lines.Count > 0)
                lines[0] = (label + lines[0]).Trim();

            if (paragraph.EndsCell || IsSet(paragraph, Sprms.InTable))
            {
                // A cell's paragraphs gather until its cell mark; the row's own end mark closes the row.
                if (paragraph.EndsCell && IsSet(paragraph, Sprms.TableRowEnd))
                {
                    EndRow();
                    return;
                }
                _cell.AddRange(lines);
                if (paragraph.EndsCell)
                {
                    _row.Add(string.Join(' ', _cell));
                    _cell.Clear();
                }
                return;
            }
            EndRow();
            if (lines.Count == 0)
                return;
            if (Title is null && lines.All(Sources.Letterhead.IsLine))
            {
                Letterhead.AddRange(lines);
                return;
            }
            var level = styles.HeadingLevel(paragraph.Style, paragraph.Properties);
            if (Title is null && (styles.IsTitle(paragraph.Style) || level == 1 || Blocks.Count == 0 && TitleLine.Could(string.Join(' ', lines))))
                Title = string.Join(' ', lines);
            else
                Blocks.AddRange(lines.Select(line => new TextBlock(line, level)));
        }

        public void EndRow()
        {
            if (_cell.Count > 0)
                _row.Add(string.Join(' ', _cell));
            var row = TextBlock.Row(_row);
            if (row.Length > 0)
                Blocks.Add(new TextBlock(row, 0));
            _cell.Clear();
            _row.Clear();
        }

        private static bool IsSet(WordBinaryParagraph paragraph, ushort flag) =>
            Sprms.Read(paragraph.Properties).Any(s => s.Code == flag && s.Operand[0] != 0);

        private string Label(WordBinaryParagraph paragraph)
        {
            var own = Sprms.Read(paragraph.Properties).ToList();
            var ownList = own.LastOrDefault(s => s.Code == Sprms.ListOverride).Operand;
            var ownLevel = own.LastOrDefault(s => s.Code == Sprms.ListLevel).Operand is [var l] ? l : (int?)null;
            if (ownList is { Length: 2 })
            {
                var id = BinaryPrimitives.ReadUInt16LittleEndian(ownList);
                return IsList(id) ? numbering.Next(id, ownLevel ?? 0) : string.Empty;
            }
            if (styles.Numbering(paragraph.Style) is not var (styleList, styleLevel) || !IsList(styleList))
                return string.Empty;
            return numbering.Next(styleList, ownLevel ?? styleLevel ?? 0);
        }

        // 0 switches numbering off; 0xF801 marks a paragraph whose list was removed but whose indent was kept.
        private static bool IsList(int id) => id is > 0 and < 0xF801;
    }

    /// <summary>The lines of a paragraph's text: field codes dropped (their results kept), line and page breaks
    /// splitting lines, tabs as spaces, object anchors and other control characters removed.</summary>
    internal static List<string> Lines(string text)
    {
        var lines = new List<StringBuilder> { new() };
        // For each open field, whether we are still in its code (before its separator).
        var fields = new Stack<bool>();
        foreach (var c in text)
        {
            switch (c)
            {
                case FieldBegin:
                    fields.Push(true);
                    continue;
                case FieldSeparator:
                    if (fields.Count > 0)
                    {
                        fields.Pop();
                        fields.Push(false);
                    }
                    continue;
                case FieldEnd:
                    if (fields.Count > 0)
                        fields.Pop();
                    continue;
            }
            if (fields.Count > 0 && fields.Peek())
                continue;
            switch (c)
            {
                case '\v' or '\f' or '\u000E':
                    lines.Add(new StringBuilder());
                    break;
                case '\t' or '\u00A0':
                    lines[^1].Append(' ');
                    break;
                case '\u001E':
                    lines[^1].Append('-');
                    break;
                case < ' ' or '\u001F':
                    // Picture and drawing anchors, note references, optional hyphens.
                    break;
                default:
                    lines[^1].Append(c);
                    break;
            }
        }
        return lines.Select(line => line.ToString().Trim()).Where(line => line.Length > 0).ToList();
    }
}

using System.Text;
using System.Xml.Linq;
using Assistant.Knowledge.Parsing;
using static Assistant.Knowledge.Sources.Odf.OdfNames;

namespace Assistant.Knowledge.Sources.Odf;

/// <summary>
/// Reads OpenDocument texts (.odt, and the flat .fodt) as LibreOffice or WPS shows them: list numbers such as
/// <c>第一条</c> written out from the list styles, headings by outline level, the Title style (or a centred first line)
/// as the title and an official letterhead above it kept apart, table rows as <c>a | b</c>. Tracked deletions, notes,
/// comments, hidden text and tables of contents are left out.
/// </summary>
public sealed class OdfSourceReader : ISourceReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".odt", ".fodt"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        var (content, styles) = OdfPackage.Open(path, "text");
        var body = content.Element(Office + "body")?.Element(Office + "text")
            ?? throw new InvalidDataException("not a text document: it has no office:text body (a spreadsheet or presentation saved as .odt?)");
        var reading = new Reading(new OdfStyles(styles.Append(content)));
        reading.Visit(body);
        return SourceReadResult.Of(new SourceText(path, relativePath, reading.Title, [], Letterhead.Properties(reading.Letterhead), reading.Blocks));
    }

    /// <summary>One pass over the body in document order.</summary>
    private sealed class Reading(OdfStyles styles)
    {
        private readonly OdfListCounters _lists = new();
        private readonly int?[] _outline = new int?[OdfListLevel.Levels];
        private bool _first = true;

        public string? Title { get; private set; }

        public List<string> Letterhead { get; } = [];

        public List<TextBlock> Blocks { get; } = [];

        // Anything else at this level is not the text: tables of contents and indexes (they repeat the headings), tracked
        // deletions, frames, forms.
        public void Visit(XElement container)
        {
            foreach (var element in container.Elements())
            {
                if (element.Name == Text + "p" || element.Name == Text + "h")
                    AddParagraph(element, string.Empty);
                else if (element.Name == Text + "list")
                    AddList(element, null, 0);
                else if (element.Name == Table + "table")
                    AddTable(element);
                else if (element.Name == Text + "section" && (string?)element.Attribute(Text + "display") != "none")
                    Visit(element);
            }
        }

        // outer: the counters and levels of the list this one is nested in, and the level of the item holding it.
        private void AddList(XElement list, (int?[] Counters, OdfListLevel?[] Levels)? outer, int level)
        {
            var levels = styles.List((string?)list.Attribute(Text + "style-name")) ?? outer?.Levels ?? new OdfListLevel?[OdfListLevel.Levels];
            var counters = outer?.Counters ?? _lists.Start(
                (string?)list.Attribute(Xml + "id"),
                (string?)list.Attribute(Text + "continue-list"),
                (string?)list.Attribute(Text + "continue-numbering") == "true");
            var depth = outer is null ? 0 : level + 1;
            foreach (var item in list.Elements())
            {
                var numbered = item.Name == Text + "list-item";
                if (!numbered && item.Name != Text + "list-header")
                    continue;
                var label = numbered
                    ? OdfListCounters.Next(counters, depth, levels, int.TryParse((string?)item.Attribute(Text + "start-value"), out var start) ? start : null)
                    : string.Empty;
                foreach (var child in item.Elements())
                {
                    if (child.Name == Text + "p" || child.Name == Text + "h")
                    {
                        AddParagraph(child, label);
                        label = string.Empty; // the item's later paragraphs carry no number
                    }
                    else if (child.Name == Text + "list")
                    {
                        AddList(child, (counters, levels), depth);
                    }
                    else if (child.Name == Table + "table")
                    {
                        AddTable(child);
                    }
                }
            }
        }

        private void AddParagraph(XElement paragraph, string label)
        {
            var styleName = (string?)paragraph.Attribute(Text + "style-name");
            var heading = paragraph.Name == Text + "h";
            var level = heading
                ? int.TryParse((string?)paragraph.Attribute(Text + "outline-level"), out var outline) && outline > 0 ? outline : 1
                : styles.OutlineLevel(styleName) ?? 0;
            if (heading && label.Length == 0 && (string?)paragraph.Attribute(Text + "is-list-header") != "true")
                label = OutlineLabel(level);
            var lines = Lines(paragraph);
            if (lines.Count == 0)
                return;
            lines[0] = (label + lines[0]).Trim();
            if (Title is null && lines.All(Sources.Letterhead.IsLine))
            {
                Letterhead.AddRange(lines);
                return;
            }
            if (Title is null && (styles.IsTitle(styleName) || level == 1 && Blocks.Count == 0 && !IsStructural(lines[0])
                    || _first && styles.IsCentred(styleName) && TitleLine.Could(string.Join(' ', lines))))
                Title = string.Join(' ', lines);
            else
                Blocks.AddRange(lines.Select(line => new TextBlock(line, Math.Min(level, 6))));
            _first = false;
        }

        // A first heading that is a chapter (第一章 总则) is not the document's title.
        private static bool IsStructural(string line) => Parsing.StructuralHeading.BodyLineRank(line) is not null;

        private string OutlineLabel(int level)
        {
            var index = Math.Clamp(level, 1, OdfListLevel.Levels) - 1;
            if (styles.Outline[index] is not { Format.Length: > 0 })
                return string.Empty;
            return OdfListCounters.Next(_outline, index, styles.Outline, null);
        }

        private void AddTable(XElement table)
        {
            foreach (var row in table.Descendants(Table + "table-row").Where(r => r.Ancestors(Table + "table").First() == table))
            {
                var cells = row.Elements(Table + "table-cell")
                    .Select(cell => string.Join(' ', cell.Descendants().Where(e => e.Name == Text + "p" || e.Name == Text + "h").SelectMany(Lines)));
                var line = TextBlock.Row(cells);
                if (line.Length > 0)
                {
                    Blocks.Add(new TextBlock(line, 0));
                    _first = false;
                }
            }
        }
    }

    // The lines of a paragraph: text:line-break starts a new one; spaces collapse as OpenDocument says (text:s for more).
    private static List<string> Lines(XElement paragraph)
    {
        var lines = new List<StringBuilder> { new() };
        Append(paragraph, lines);
        return lines.Select(line => line.ToString().Trim()).Where(line => line.Length > 0).ToList();
    }

    private static void Append(XElement element, List<StringBuilder> lines)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                foreach (var c in text.Value)
                {
                    var current = lines[^1];
                    if (c is ' ' or '\t' or '\n' or '\r')
                    {
                        if (current.Length > 0 && current[^1] != ' ')
                            current.Append(' ');
                    }
                    else
                    {
                        current.Append(c);
                    }
                }
                continue;
            }
            if (node is not XElement child)
                continue;
            if (child.Name == Text + "s")
                lines[^1].Append(' ', int.TryParse((string?)child.Attribute(Text + "c"), out var count) ? Math.Clamp(count, 1, 100) : 1);
            else if (child.Name == Text + "tab")
                lines[^1].Append(' ');
            else if (child.Name == Text + "line-break")
                lines.Add(new StringBuilder());
            else if (child.Name == Text + "note" || child.Name == Office + "annotation" || child.Name == Text + "ruby-text"
                || child.Name.Namespace != Text && child.Name.Namespace != Office
                || child.Name == Text + "hidden-text" && (string?)child.Attribute(Text + "is-hidden") != "false")
                continue; // footnotes, comments, frames and drawings, hidden text
            else
                Append(child, lines);
        }
    }
}

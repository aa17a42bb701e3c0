using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Knowledge.Sources;

/// <summary>Reads Word documents: the <c>Title</c> (or first <c>Heading1</c>) paragraph is the title, <c>HeadingN</c> paragraphs headings, the rest body.</summary>
public sealed class DocxSourceReader : ISourceReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException("The document has no body.");
        string? title = null;
        var blocks = new List<TextBlock>();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var text = ParagraphText(paragraph);
            if (text.Length == 0)
                continue;
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            var level = HeadingLevel(style);
            if (title is null && (style.Equals("Title", StringComparison.OrdinalIgnoreCase) || level == 1))
                title = text;
            else
                blocks.Add(new TextBlock(text, level));
        }
        return SourceReadResult.Of(new SourceText(path, relativePath, title, [], new Dictionary<string, string>(), blocks));
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
            }
        }
        return builder.ToString().Trim();
    }

    private static int HeadingLevel(string style)
    {
        const string prefix = "Heading";
        if (style.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(style.AsSpan(prefix.Length), out var level) && level is >= 1 and <= 9)
            return Math.Min(level, 6);
        return 0;
    }
}

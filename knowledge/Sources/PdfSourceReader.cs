using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Assistant.Knowledge.Sources;

/// <summary>Reads PDF text page by page, rebuilding lines from word positions; the first line is the title.</summary>
public sealed class PdfSourceReader : ISourceReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath)
    {
        using var document = PdfDocument.Open(path);
        string? title = null;
        var blocks = new List<TextBlock>();
        foreach (var page in document.GetPages())
        {
            foreach (var line in Lines(page))
            {
                if (title is null)
                    title = line;
                else
                    blocks.Add(new TextBlock(line, 0));
            }
        }
        return SourceReadResult.Of(new SourceText(path, relativePath, title, [], new Dictionary<string, string>(), blocks));
    }

    private static IEnumerable<string> Lines(Page page)
    {
        // Words on one baseline form a line; the tolerance absorbs mixed font sizes and sub-point jitter.
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(w => w.BoundingBox.Bottom).ToList();
        var lines = new List<List<Word>>();
        foreach (var word in words)
        {
            var tolerance = Math.Max(word.BoundingBox.Height * 0.5, 1.0);
            var current = lines.Count > 0 ? lines[^1] : null;
            if (current is not null && Math.Abs(current[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance)
                current.Add(word);
            else
                lines.Add([word]);
        }
        foreach (var line in lines)
        {
            var builder = new StringBuilder();
            Word? previous = null;
            foreach (var word in line.OrderBy(w => w.BoundingBox.Left))
            {
                // Chinese text has no spaces between words; only Latin words get one.
                if (previous is not null && !(IsCjk(previous.Text[^1]) && IsCjk(word.Text[0])))
                    builder.Append(' ');
                builder.Append(word.Text);
                previous = word;
            }
            var text = builder.ToString().Trim();
            if (text.Length > 0)
                yield return text;
        }
    }

    private static bool IsCjk(char c) => c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3000' and <= '\u303f') or (>= '\uff00' and <= '\uffef');
}

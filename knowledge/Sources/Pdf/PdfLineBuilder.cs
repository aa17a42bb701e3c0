using System.Text;
using UglyToad.PdfPig.Content;

namespace Assistant.Knowledge.Sources.Pdf;

/// <summary>Rebuilds a page's lines from word positions: words on one baseline form a line, and a gap between two
/// words becomes a space only when it is wide enough to be one, so <c>第二章 帮扶对象</c> keeps its space and
/// <c>第5项</c> gets none.</summary>
internal static class PdfLineBuilder
{
    // Word spaces are a quarter to a third of an em; kerning and CJK spacing are far below a sixth.
    private const double SpaceEm = 0.15;
    // Word and LibreOffice set a quarter em between Chinese and Latin letters or digits (2025 年) by themselves; Chinese
    // text does not type a space there.
    private const double MixedScriptSpaceEm = 0.5;

    public static IEnumerable<PdfLine> Lines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(w => w.BoundingBox.Bottom).ToList();
        var lines = new List<List<Word>>();
        foreach (var word in words)
        {
            // The tolerance absorbs mixed font sizes and sub-point jitter.
            var tolerance = Math.Max(word.BoundingBox.Height * 0.5, 1.0);
            var current = lines.Count > 0 ? lines[^1] : null;
            if (current is not null && Math.Abs(current[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance)
                current.Add(word);
            else
                lines.Add([word]);
        }
        foreach (var line in lines)
        {
            var ordered = line.OrderBy(w => w.BoundingBox.Left).ToList();
            var text = Join(ordered);
            if (text.Length > 0)
            {
                yield return new PdfLine(text, page.Number, ordered[0].BoundingBox.Left, ordered.Max(w => w.BoundingBox.Right),
                    ordered.Min(w => w.BoundingBox.Bottom), FontSize(ordered));
            }
        }
    }

    private static string Join(List<Word> words)
    {
        var builder = new StringBuilder();
        Word? previous = null;
        foreach (var word in words)
        {
            if (previous is not null)
            {
                var em = Math.Max(FontSize([previous, word]), 1.0);
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                var mixed = PdfLine.IsCjk(previous.Text[^1]) != PdfLine.IsCjk(word.Text[0])
                    && (char.IsAsciiLetterOrDigit(previous.Text[^1]) || char.IsAsciiLetterOrDigit(word.Text[0]));
                if (gap > (mixed ? MixedScriptSpaceEm : SpaceEm) * em)
                    builder.Append(' ');
            }
            builder.Append(word.Text);
            previous = word;
        }
        return builder.ToString().Trim();
    }

    private static double FontSize(List<Word> words)
    {
        var sizes = words.SelectMany(w => w.Letters).Select(l => l.PointSize).Where(s => s > 0).Order().ToList();
        return sizes.Count > 0 ? sizes[sizes.Count / 2] : words.Max(w => w.BoundingBox.Height);
    }
}

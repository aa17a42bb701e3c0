using System.Text;
using UglyToad.PdfPig.Content;

namespace Assistant.Knowledge.Sources.Pdf;

/// <summary>A piece of text set on a page (a PDF word, an OFD glyph run) in points, y growing upwards.</summary>
/// <param name="Text">The characters as written.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Bottom">Bottom edge (the baseline where the layout gives no descent).</param>
/// <param name="Height">Height of its box, the type size when no letter sizes are known.</param>
/// <param name="LetterSizes">Type size of each letter, where the format states one.</param>
internal sealed record PlacedRun(string Text, double Left, double Right, double Bottom, double Height, IReadOnlyList<double> LetterSizes);

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

    /// <summary>The lines of a PDF page.</summary>
    public static IEnumerable<PdfLine> Lines(Page page) =>
        Lines(page.Number, page.GetWords().Select(w => new PlacedRun(
            w.Text, w.BoundingBox.Left, w.BoundingBox.Right, w.BoundingBox.Bottom, w.BoundingBox.Height, w.Letters.Select(l => l.PointSize).ToList())));

    /// <summary>The lines of a page's runs of text, in reading order.</summary>
    public static IEnumerable<PdfLine> Lines(int pageNumber, IEnumerable<PlacedRun> runs)
    {
        var words = runs.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.Bottom).ToList();
        var lines = new List<List<PlacedRun>>();
        foreach (var word in words)
        {
            // The tolerance absorbs mixed font sizes and sub-point jitter.
            var tolerance = Math.Max(word.Height * 0.5, 1.0);
            var current = lines.Count > 0 ? lines[^1] : null;
            if (current is not null && Math.Abs(current[0].Bottom - word.Bottom) <= tolerance)
                current.Add(word);
            else
                lines.Add([word]);
        }
        foreach (var line in lines)
        {
            var ordered = line.OrderBy(w => w.Left).ToList();
            var text = Join(ordered);
            if (text.Length > 0)
                yield return new PdfLine(text, pageNumber, ordered[0].Left, ordered.Max(w => w.Right), ordered.Min(w => w.Bottom), FontSize(ordered));
        }
    }

    private static string Join(List<PlacedRun> words)
    {
        var builder = new StringBuilder();
        PlacedRun? previous = null;
        foreach (var word in words)
        {
            if (previous is not null)
            {
                var em = Math.Max(FontSize([previous, word]), 1.0);
                var gap = word.Left - previous.Right;
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

    private static double FontSize(List<PlacedRun> words)
    {
        var sizes = words.SelectMany(w => w.LetterSizes).Where(s => s > 0).Order().ToList();
        return sizes.Count > 0 ? sizes[sizes.Count / 2] : words.Max(w => w.Height);
    }
}

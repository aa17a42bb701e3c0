using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Sources.Pdf;

/// <summary>
/// Joins the lines a PDF wrapped back into paragraphs. A line that runs to the right margin continues on the next one,
/// unless the next is indented or set further down than the page's usual line pitch (a new paragraph), or a new
/// article, item or heading follows a finished sentence; so <c>…依照本办法</c> / <c>第四条的规定转出</c> stays one
/// sentence, and its bigrams (有关 / 规定) are whole again.
/// </summary>
internal static partial class PdfParagraphs
{
    // A wrapped CJK line stops less than a character short of the margin; punctuation compression can leave a little more.
    private const double FullLineEm = 1.5;
    private const double IndentEm = 1.0;
    // Space between paragraphs: a gap this much larger than the page's usual distance from one baseline to the next.
    private const double ParagraphGap = 1.2;

    [GeneratedRegex(@"^(第[〇零一二三四五六七八九十百千两0-9０-９]+(条|章|节|编)|[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]\D|(Article|Section|Chapter|Part)\s)")]
    private static partial Regex UnitStart();

    public static IEnumerable<string> Join(IReadOnlyList<PdfLine> lines)
    {
        var layouts = lines.GroupBy(line => line.Page).ToDictionary(page => page.Key, page => Layout(page.ToList()));
        StringBuilder? paragraph = null;
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            if (paragraph is not null && previous is not null && Continues(previous, line, layouts))
            {
                if (!(PdfLine.IsCjk(paragraph[^1]) && PdfLine.IsCjk(line.Text[0])))
                    paragraph.Append(' ');
                paragraph.Append(line.Text);
            }
            else
            {
                if (paragraph is not null)
                    yield return paragraph.ToString();
                paragraph = new StringBuilder(line.Text);
            }
            previous = line;
        }
        if (paragraph is not null)
            yield return paragraph.ToString();
    }

    private static bool Continues(PdfLine previous, PdfLine next, Dictionary<int, PageLayout> pages)
    {
        var full = previous.Right >= pages[previous.Page].Right - FullLineEm * previous.FontSize;
        var indented = next.Left > pages[next.Page].Left + IndentEm * next.FontSize;
        var spaced = next.Page == previous.Page && pages[next.Page].Pitch is { } pitch
            && previous.Bottom - next.Bottom > ParagraphGap * pitch;
        if (!full || indented || spaced)
            return false;
        return !(UnitStart().IsMatch(next.Text) && EndsSentence(previous.Text));
    }

    private sealed record PageLayout(double Left, double Right, double? Pitch);

    private static PageLayout Layout(List<PdfLine> page) => new(page.Min(line => line.Left), RightMargin(page), LinePitch(page));

    // The most common distance between consecutive baselines: the line spacing inside a paragraph.
    private static double? LinePitch(List<PdfLine> page)
    {
        var steps = page.Zip(page.Skip(1), (upper, lower) => Math.Round(upper.Bottom - lower.Bottom, 1)).Where(step => step > 0).ToList();
        return steps.Count == 0 ? null : steps.GroupBy(step => step).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    // Punctuation may hang past the margin (a CJK 。 or ， at a line's end), so lines ending in it don't set the margin.
    private static double RightMargin(List<PdfLine> page)
    {
        var unhung = page.Where(line => !char.IsPunctuation(line.Text[^1])).ToList();
        return (unhung.Count > 0 ? unhung : page).Max(line => line.Right);
    }

    private static bool EndsSentence(string text) => text[^1] is '。' or '；' or '：' or '！' or '？' or '.' or ';' or ':' or '!' or '?';
}

namespace Assistant.Knowledge.Sources.Pdf;

/// <summary>
/// Finds a PDF's title: the largest type near the top of the first page, over one to three lines, when it is larger
/// than the body text; what comes before it there is a letterhead (某某公司工会文件, a document number), not text of
/// the rule. An official document's letterhead (…工会文件, set larger still) and its number (…〔2024〕3号) are never
/// the title. Without such a line, the first line is the title.
/// </summary>
internal static class PdfTitle
{
    private const int SearchLines = 5;
    private const int MaxTitleLines = 3;
    private const double LargerBy = 1.15;
    private const double SameSize = 0.5;


    /// <summary>The title, the lines before it (a letterhead, when there is one) and the lines after it.</summary>
    public static (string? Title, IReadOnlyList<string> Before, List<PdfLine> Body) Split(IReadOnlyList<PdfLine> lines)
    {
        if (lines.Count == 0)
            return (null, [], []);
        var bodySize = lines.Select(line => line.FontSize).Order().ElementAt(lines.Count / 2);
        var top = lines.Take(SearchLines).TakeWhile(line => line.Page == lines[0].Page)
            .Where(line => !Letterhead.IsLine(line.Text)).ToList();
        if (top.Count == 0)
            return (lines[0].Text, [], lines.Skip(1).ToList());
        var largest = top.MaxBy(line => line.FontSize)!;
        if (largest.FontSize < bodySize * LargerBy)
            largest = top[0];

        var start = IndexOf(lines, largest);
        var end = start + 1;
        while (end < lines.Count && end - start < MaxTitleLines && lines[end].Page == largest.Page
            && Math.Abs(lines[end].FontSize - largest.FontSize) <= SameSize && largest.FontSize >= bodySize * LargerBy)
            end++;
        var title = string.Concat(lines.Skip(start).Take(end - start).Select(line => line.Text));
        return (title, lines.Take(start).Select(line => line.Text).ToList(), lines.Skip(end).ToList());
    }

    private static int IndexOf(IReadOnlyList<PdfLine> lines, PdfLine line)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (ReferenceEquals(lines[i], line))
                return i;
        }
        return -1;
    }
}

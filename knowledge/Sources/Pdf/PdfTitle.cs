namespace Assistant.Knowledge.Sources.Pdf;

/// <summary>
/// Finds a PDF's title: the largest type near the top of the first page, over one to three lines, when it is larger
/// than the body text; what comes before it there is a letterhead (某某公司工会文件, a document number), not text of
/// the rule. Without such a line, the first line is the title.
/// </summary>
internal static class PdfTitle
{
    private const int SearchLines = 5;
    private const int MaxTitleLines = 3;
    private const double LargerBy = 1.15;
    private const double SameSize = 0.5;

    /// <summary>The title and the lines after it.</summary>
    public static (string? Title, List<PdfLine> Body) Split(IReadOnlyList<PdfLine> lines)
    {
        if (lines.Count == 0)
            return (null, []);
        var bodySize = lines.Select(line => line.FontSize).Order().ElementAt(lines.Count / 2);
        var top = lines.Take(SearchLines).TakeWhile(line => line.Page == lines[0].Page).ToList();
        var largest = top.MaxBy(line => line.FontSize)!;
        if (largest.FontSize < bodySize * LargerBy)
            return (lines[0].Text, lines.Skip(1).ToList());

        var start = lines.ToList().IndexOf(largest);
        var end = start + 1;
        while (end < lines.Count && end - start < MaxTitleLines && lines[end].Page == largest.Page
            && Math.Abs(lines[end].FontSize - largest.FontSize) <= SameSize)
            end++;
        var title = string.Concat(lines.Skip(start).Take(end - start).Select(line => line.Text));
        return (title, lines.Skip(end).ToList());
    }
}

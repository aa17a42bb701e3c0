using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Sources.Pdf;

/// <summary>
/// Finds what a page prints around its text: page numbers (<c>— 3 —</c>, <c>第 3 页 共 9 页</c>, <c>3/9</c>) and
/// running headers or footers repeated at the top or bottom of pages. Left in, they land inside whichever article
/// crosses the page break.
/// </summary>
internal static partial class PageFurniture
{
    // Only lines this close to a page's top or bottom can be furniture.
    private const int EdgeLines = 2;

    [GeneratedRegex(@"^[-—–－·\s]*(\d+|(?=[ivxlc])c{0,3}(x[cl]|l?x{0,3})(i[xv]|v?i{0,3}))[-—–－·\s]*$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$|^page\s+\d+(\s+of\s+\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>The pages' lines without their furniture, in reading order.</summary>
    public static List<PdfLine> Remove(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        // A running header counts once per page; its page number may change, so digits are compared as one.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in Edges(page).Select(Key).Distinct(StringComparer.Ordinal))
                counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var repeated = pages.Count >= 2
            ? counts.Where(pair => pair.Value >= Math.Max(2, pages.Count / 2)).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal)
            : [];

        var kept = new List<PdfLine>();
        foreach (var page in pages)
        {
            var edges = Edges(page).ToHashSet();
            kept.AddRange(page.Where(line => !edges.Contains(line) || !(PageNumber().IsMatch(line.Text) || repeated.Contains(Key(line)))));
        }
        return kept;
    }

    private static IEnumerable<PdfLine> Edges(IReadOnlyList<PdfLine> page) =>
        page.Count <= 2 * EdgeLines ? page : page.Take(EdgeLines).Concat(page.Skip(page.Count - EdgeLines));

    private static string Key(PdfLine line) => Digits().Replace(line.Text.Replace(" ", "", StringComparison.Ordinal), "#");
}

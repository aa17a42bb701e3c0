using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Parsing;

/// <summary>
/// A guide section's closing line naming the articles it rests on: keys (<c>依据：劳动合同法#第四十七条；劳动合同法#第四十六条</c>,
/// <c>Based on: 劳动合同法#第四十七条; …</c>) or citations as people write them (<c>依据：《劳动合同法》第四十七条、第46条</c>).
/// </summary>
internal static partial class CitationLine
{
    private static readonly string[] Prefixes = ["依据：", "依据:", "法律依据：", "法律依据:", "Based on:", "Legal basis:"];

    [GeneratedRegex(@"《(?<title>[^《》]+)》(?<labels>(?:\s*第[〇零一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?\s*[、，,和及]?)+)")]
    private static partial Regex TitledLabels();

    [GeneratedRegex(@"第(?<number>[〇零一二三四五六七八九十百千0-9]+)条(?<sub>之[一二三四五六七八九十]+)?")]
    private static partial Regex Label();

    /// <summary>The keys the line names, in its order without repeats; null when the paragraph is not a citation line.</summary>
    public static IReadOnlyList<string>? Parse(string paragraph)
    {
        var text = paragraph.Trim();
        var prefix = Array.Find(Prefixes, p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (prefix is null)
            return null;
        var rest = text[prefix.Length..];
        var keys = new List<string>();
        if (rest.Contains('#', StringComparison.Ordinal))
        {
            foreach (var part in rest.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                Add(keys, part.TrimEnd('。', '.'));
        }
        else
        {
            foreach (Match titled in TitledLabels().Matches(rest))
            {
                var shortTitle = ShortTitles.From(titled.Groups["title"].Value);
                foreach (Match label in Label().Matches(titled.Groups["labels"].Value))
                    Add(keys, shortTitle + "#第" + Numeral(label.Groups["number"].Value) + "条" + label.Groups["sub"].Value);
            }
        }
        return keys;
    }

    // Keys carry labels as statutes write them: 第47条 is cited as 第四十七条.
    private static string Numeral(string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 100_000
            ? ChineseNumerals.Format(value)
            : number;

    private static void Add(List<string> keys, string key)
    {
        if (key.Length > 0 && !keys.Contains(key, StringComparer.Ordinal))
            keys.Add(key);
    }
}

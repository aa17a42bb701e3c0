using System.Text.RegularExpressions;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Parsing;

/// <summary>A body line that may open an article: its label, numbers and the text after the label.</summary>
internal sealed partial record ArticleLine(string Label, int Number, int SubNumber, string Rest, bool HasSeparator, ArticleUnit Unit)
{
    private const string Numerals = "〇零一二三四五六七八九十百千两0-9０-９";

    [GeneratedRegex($@"^第([{Numerals}]+)条(?:之([{Numerals}]+))?")]
    private static partial Regex ChinesePattern();

    [GeneratedRegex(@"^(Article|ARTICLE|Section|SECTION|Sec\.)\s*([0-9]+)(?=$|[\s.:\-–—])[.:]?\s*(.*)$")]
    private static partial Regex EnglishPattern();

    /// <summary>Matches <c>第X条</c> / <c>第X条之Y</c> at the start of a line; whether a separator follows decides how sure we are.</summary>
    internal static ArticleLine? Chinese(string line)
    {
        var match = ChinesePattern().Match(line);
        if (!match.Success)
            return null;
        var number = ChineseNumerals.Parse(match.Groups[1].ValueSpan);
        if (number is null)
            return null;
        var sub = 0;
        if (match.Groups[2].Success)
        {
            if (ChineseNumerals.Parse(match.Groups[2].ValueSpan) is not { } parsed)
                return null;
            sub = parsed;
        }
        var after = line.AsSpan(match.Length);
        // A label alone on its line, or followed by a space, U+3000 or a colon, is an article heading;
        // anything else (第三十九条规定的…) is only one when the number continues the sequence.
        var hasSeparator = after.IsEmpty || after[0] is ' ' or '\u3000' or '：' or ':' or '\t';
        var rest = after.TrimStart(" \u3000：:\t").ToString().Trim();
        return new ArticleLine(match.Value, number.Value, sub, rest, hasSeparator, ArticleUnit.Article);
    }

    /// <summary>Matches <c>Article N</c> / <c>Section N</c> at the start of a line.</summary>
    internal static ArticleLine? English(string line)
    {
        var match = EnglishPattern().Match(line);
        if (!match.Success || !int.TryParse(match.Groups[2].ValueSpan, out var number))
            return null;
        var isSection = match.Groups[1].Value.StartsWith("S", StringComparison.OrdinalIgnoreCase);
        var label = (isSection ? "Section " : "Article ") + number;
        var rest = match.Groups[3].Value.Trim();
        return new ArticleLine(label, number, 0, rest, true, isSection ? ArticleUnit.Section : ArticleUnit.Article);
    }

    /// <summary>The key suffix: the label for Chinese articles and English articles, <c>§ N</c> for sections.</summary>
    internal string KeyLabel => Unit == ArticleUnit.Section ? "§ " + Number : Label;

    /// <summary>True when this line plausibly follows <paramref name="previous"/> without a separator.</summary>
    internal bool ContinuesSequence(ArticleLine? previous) => previous is null
        ? Number == 1 && SubNumber == 0
        : (Number == previous.Number + 1 && SubNumber == 0) || (Number == previous.Number && SubNumber == previous.SubNumber + 1);
}

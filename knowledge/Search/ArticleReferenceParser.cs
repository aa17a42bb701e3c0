using System.Text.RegularExpressions;
using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Search;

/// <summary>
/// Finds an article cited by number in a question: <c>劳动合同法第47条</c>, <c>《劳动合同法》第四十七条</c>,
/// <c>劳动合同法 47</c>, <c>Labor Contract Law article 47</c>, <c>Article 47 of the Labor Contract Law</c>.
/// Chinese numerals and digits are read alike.
/// </summary>
internal sealed partial class ArticleReferenceParser
{
    private const int MaxScannedCharacters = 2_000;

    [GeneratedRegex(@"第\s*(?<n>[〇零一二两三四五六七八九十百千0-9０-９]{1,8})\s*条(?:\s*之\s*(?<s>[一二三四五六七八九十]{1,3}))?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseArticle();

    [GeneratedRegex(@"^[\s《》〈〉“”""'（）()：:，,]*(?<n>[0-9０-９]{1,4})(?![0-9０-９年月日天元岁个号%％.．])", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumberAfterTitle();

    [GeneratedRegex(@"(?<title>[A-Za-z][A-Za-z'’\- ]{2,120}?)\s*,?\s*\b(?:article|art\.?|section|sec\.?|§)\s*(?<n>\d{1,4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishTitleThenArticle();

    [GeneratedRegex(@"\b(?:article|art\.?|section|sec\.?|§)\s*(?<n>\d{1,4})\s+of\s+(?<title>[A-Za-z][A-Za-z'’\- ]{2,120})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishArticleOfTitle();

    public ArticleReference? Parse(string question, LawTitleCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(question) || catalog.Count == 0)
            return null;
        var text = question.Length > MaxScannedCharacters ? question[..MaxScannedCharacters] : question;
        return ParseChinese(text, catalog) ?? ParseTitleThenNumber(text, catalog) ?? ParseEnglish(text, catalog);
    }

    private static ArticleReference? ParseChinese(string text, LawTitleCatalog catalog)
    {
        foreach (Match match in ChineseArticle().Matches(text))
        {
            var before = text.AsSpan(0, match.Index).TrimEnd(" \t\u3000《》〈〉“”\"'：:");
            var title = catalog.TitleEndingAt(before);
            var number = ChineseNumerals.Parse(match.Groups["n"].ValueSpan);
            if (title is null || number is null)
                continue;
            var sub = match.Groups["s"].Success ? ChineseNumerals.Parse(match.Groups["s"].ValueSpan) ?? 0 : 0;
            return new ArticleReference(title, number.Value, sub);
        }
        return null;
    }

    private static ArticleReference? ParseTitleThenNumber(string text, LawTitleCatalog catalog)
    {
        foreach (var title in catalog.TitlesMentionedIn(text))
        {
            var at = text.IndexOf(title, StringComparison.Ordinal);
            while (at >= 0)
            {
                var rest = text.AsSpan(at + title.Length);
                var match = BareNumberAfterTitle().Match(rest.ToString());
                if (match.Success && ChineseNumerals.Parse(match.Groups["n"].ValueSpan) is { } number)
                    return new ArticleReference(title, number, 0);
                at = text.IndexOf(title, at + title.Length, StringComparison.Ordinal);
            }
        }
        return null;
    }

    private static ArticleReference? ParseEnglish(string text, LawTitleCatalog catalog)
    {
        foreach (var pattern in new[] { EnglishArticleOfTitle(), EnglishTitleThenArticle() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                var number = int.Parse(match.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (number <= 0)
                    continue;
                var title = ResolveEnglishTitle(match.Groups["title"].Value, catalog);
                if (title is not null)
                    return new ArticleReference(title, number, 0);
            }
        }
        return null;
    }

    // The captured title may carry leading words ("what does the labor contract law"); try ever shorter suffixes.
    private static string? ResolveEnglishTitle(string captured, LawTitleCatalog catalog)
    {
        var words = captured.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 0; skip < words.Length; skip++)
        {
            var candidate = string.Join(' ', words.Skip(skip));
            if (catalog.FromEnglish(candidate) is { } title)
                return title;
        }
        // "article 47 of the labor contract law says..." captures trailing words: try prefixes as well.
        for (var take = words.Length - 1; take >= 2; take--)
        {
            if (catalog.FromEnglish(string.Join(' ', words.Take(take))) is { } title)
                return title;
        }
        return null;
    }
}

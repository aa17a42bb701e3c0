using System.Text.RegularExpressions;

namespace Assistant.Bot.Calculators.Extraction;

/// <summary>
/// Lengths of work: 干了5年零3个月, 五年半, 8个月, 一年多, 半年, I worked 3 years, 2 years and 6 months, a year and a half.
/// Lengths that belong to something else (试用期3个月, 怀孕5个月, 病假2个月) are skipped.
/// </summary>
internal static partial class DurationReader
{
    /// <summary>A length of work in years, and whether the words beside it say it is the total or this company's.</summary>
    public readonly record struct Found(int Start, int Length, decimal Years, bool Total, bool Company);

    [GeneratedRegex(@"^\s*(?:多)?年(?:多)?(?<half>半)?(?:\s*(?:零|又)?\s*(?<m>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*个?(?:多)?月)?")]
    private static partial Regex ChineseYears();

    [GeneratedRegex(@"^\s*个(?<half>半)?多?月")]
    private static partial Regex ChineseMonths();

    [GeneratedRegex(@"^\s*(?:\+\s*)?(?:full\s+)?(?:years?|yrs?)\b(?!\s+old)(?:\s*(?:and|,)?\s*(?:(?<half>a\s+half)|(?<m>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?))?")]
    private static partial Regex EnglishYears();

    [GeneratedRegex(@"^\s*and\s+a\s+half\s+years?\b")]
    private static partial Regex EnglishAndAHalf();

    [GeneratedRegex(@"^\s*months?\b")]
    private static partial Regex EnglishMonths();

    [GeneratedRegex(@"(?<![\d一二两三四五六七八九十年])半年|\bhalf\s+a\s+year\b|\ba\s+year\s+and\s+a\s+half\b")]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"(?:试用期|试用|怀孕|孕|病假|医疗期|产假|probation(?:\s+period)?|pregnant(?:\s+for)?|sick\s+leave(?:\s+for)?)\s*(?:是|为|有|了|已经|才|都|of|is|was)?\s*(?:已经|有)?\s*$")]
    private static partial Regex NotService();

    [GeneratedRegex(@"工龄|累计|总共|一共|参加工作|社保|in\s+total|altogether|overall|career")]
    private static partial Regex TotalCue();

    [GeneratedRegex(@"本单位|这家|这个公司|现在的?公司|现单位|公司|厂里|单位|here|this\s+company|current|there")]
    private static partial Regex CompanyCue();

    private static readonly char[] Delimiters = ['，', ',', '。', '；', ';', '?', '!', '、'];

    public static List<Found> Read(TextSpans spans)
    {
        var text = spans.Text;
        var found = new List<Found>();
        foreach (var token in SpokenNumbers.Scan(text))
        {
            // The 3 of 5年零3个月 or of 6 years and 4 months belongs to the length already read.
            if (token.Value <= 0 || token.Value >= 70 || found.Any(f => token.Start >= f.Start && token.Start < f.Start + f.Length))
                continue;
            var rest = text[token.End..];
            decimal? years = null;
            var length = 0;
            if (ChineseYears().Match(rest) is { Success: true } zhYears)
            {
                years = token.Value + (zhYears.Groups["half"].Success ? 0.5m : 0m) + Months(zhYears.Groups["m"].Value) / 12m;
                length = zhYears.Length;
            }
            else if (ChineseMonths().Match(rest) is { Success: true } zhMonths)
            {
                years = (token.Value + (zhMonths.Groups["half"].Success ? 0.5m : 0m)) / 12m;
                length = zhMonths.Length;
            }
            else if (EnglishAndAHalf().Match(rest) is { Success: true } andHalf)
            {
                years = token.Value + 0.5m;
                length = andHalf.Length;
            }
            else if (EnglishYears().Match(rest) is { Success: true } enYears)
            {
                years = token.Value + (enYears.Groups["half"].Success ? 0.5m : 0m) + Months(enYears.Groups["m"].Value) / 12m;
                length = enYears.Length;
            }
            else if (EnglishMonths().Match(rest) is { Success: true } enMonths)
            {
                years = token.Value / 12m;
                length = enMonths.Length;
            }
            if (years is not { } value || Belongs(text, token.Start) || PerMonth(text, token, years.Value))
                continue;
            found.Add(Describe(text, token.Start, token.Length + length, value));
        }
        foreach (Match half in HalfYear().Matches(text))
        {
            if (found.All(f => half.Index >= f.Start + f.Length || f.Start >= half.Index + half.Length) && !Belongs(text, half.Index))
                found.Add(Describe(text, half.Index, half.Length, half.Value.Contains("and", StringComparison.Ordinal) ? 1.5m : 0.5m));
        }
        foreach (var f in found)
            spans.Take(f.Start, f.Length);
        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>一个月 and a month after or before an amount mean "per month" (6000一个月, 一个月六千, 8k a month), not a length.</summary>
    private static bool PerMonth(string text, SpokenNumbers.Token token, decimal years)
    {
        if (token.Value != 1 || years != 1m / 12m)
            return false;
        var before = text[..token.Start].TrimEnd();
        var after = text[token.End..];
        var afterMonth = after[(after.IndexOfAny(['月', 'h']) + 1)..].TrimStart();
        return before.EndsWith('每') || (before.Length > 0 && (char.IsAsciiDigit(before[^1]) || before[^1] is '千' or '万' or 'k' or 'w' or '元' or '块'))
            || (afterMonth.Length > 0 && SpokenNumbers.Scan(afterMonth) is [{ Start: 0 }, ..]);
    }

    private static decimal Months(string words) =>
        words.Length == 0 ? 0m : SpokenNumbers.Parse(words) ?? (SpokenNumbers.Scan(words) is [{ } only] ? only.Value : 0m);

    /// <summary>A length right after 试用期, 怀孕, 病假 … is that thing's, not the service's.</summary>
    private static bool Belongs(string text, int start) => NotService().IsMatch(text[Math.Max(0, start - 24)..start]);

    private static Found Describe(string text, int start, int length, decimal years)
    {
        // The words of the same clause only: 工龄8年，在这家公司3年 says 工龄 of the 8 and 公司 of the 3.
        var clauseStart = text.LastIndexOfAny(Delimiters, Math.Max(0, start - 1)) + 1;
        var before = text[Math.Max(clauseStart, start - 12)..start];
        var afterEnd = text.IndexOfAny(Delimiters, start + length);
        var after = text[(start + length)..Math.Min(afterEnd < 0 ? text.Length : afterEnd, start + length + 12)];
        return new Found(start, length, years, TotalCue().IsMatch(before) || TotalCue().IsMatch(after), CompanyCue().IsMatch(before) || CompanyCue().IsMatch(after));
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Parsing;

/// <summary>Reads version and effective dates from file names (<c>名称(2018-12-29).md</c>), declared metadata and history lines.</summary>
internal static partial class DateInference
{
    [GeneratedRegex(@"[(（]([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})[)）]\.[A-Za-z]+$")]
    private static partial Regex FileNameDate();

    [GeneratedRegex(@"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日")]
    private static partial Regex ChineseDate();

    internal static DateOnly? FromFileName(string relativePath)
    {
        var fileName = relativePath.Split('#')[0].Split('/')[^1];
        var match = FileNameDate().Match(fileName);
        return match.Success ? Make(match) : null;
    }

    /// <summary>Parses <c>2018-12-29</c> or <c>2018年12月29日</c>.</summary>
    internal static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        return FirstDate(text);
    }

    internal static DateOnly? FirstDate(string line)
    {
        var match = ChineseDate().Match(line);
        return match.Success ? Make(match) : null;
    }

    internal static DateOnly? LatestDate(IEnumerable<string> lines) =>
        lines.SelectMany(l => ChineseDate().Matches(l)).Select(Make).Where(d => d is not null).Max();

    /// <summary>The date on the line announcing entry into force (施行), else the latest history date.</summary>
    internal static DateOnly? Effective(IReadOnlyList<string> history)
    {
        foreach (var line in history)
        {
            if (line.Contains("施行", StringComparison.Ordinal) && FirstDate(line) is { } date)
                return date;
        }
        return LatestDate(history);
    }

    private static DateOnly? Make(Match match)
    {
        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month) && year is >= 1 and <= 9999
            ? new DateOnly(year, month, day)
            : null;
    }
}

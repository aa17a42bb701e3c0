using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Calculators.Extraction;

/// <summary>
/// Dates in a worker's words, absolute (2019年3月, 19年3月15号, 2019-03-15, March 2019) or relative to today (上个月,
/// 去年3月, 前年, last month, 2 years ago), each marked as the start or the end of the work by the verb nearest to it
/// (入职, 被裁, joined, laid off).
/// </summary>
internal static partial class DateReader
{
    /// <summary>A date found: where it is, what it is, and whether a verb beside it makes it a start or an end.</summary>
    public readonly record struct Found(int Start, int Length, ExtractedDate Date, DateRole Role);

    private const string ChineseMonth = @"(?<m>\d{1,2}|十[一二]?|[一二三四五六七八九])";

    [GeneratedRegex(@"(?<y>\d{4}|\d{2})\s*年\s*" + ChineseMonth + @"\s*月(?:份)?(?:\s*(?<d>\d{1,2})\s*[日号])?")]
    private static partial Regex ChineseYearMonth();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年(?!\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*个?月)")]
    private static partial Regex ChineseYear();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{2})\s*年(?=\s*(?:的时候)?\s*(?:入职|进(?:的)?(?:公司|厂|单位)|开始上班|开始工作|加入|参加工作))")]
    private static partial Regex ShortYearJoined();

    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20)\d{2})[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?(?![\d.])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<rel>今年|去年|前年)\s*" + ChineseMonth + @"\s*月(?:份)?(?:\s*(?<d>\d{1,2})\s*[日号])?")]
    private static partial Regex RelativeYearMonth();

    [GeneratedRegex(@"(?<![\d年个])" + ChineseMonth + @"\s*月(?:份)?(?:\s*(?<d>\d{1,2})\s*[日号])?")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"上上个?月|上个?月|这个月|本月|前天|昨天|今天|上个?星期|上礼拜|上周|去年|前年|今年")]
    private static partial Regex ChineseRelative();

    [GeneratedRegex(@"(?<n>\d{1,2}|[一二两三四五六七八九十]{1,2}|半)\s*(?<u>个多?月|年|天|周|个星期)(?:之|以)?前")]
    private static partial Regex ChineseAgo();

    [GeneratedRegex(@"\b(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex EnglishMonthYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex EnglishDayMonthYear();

    [GeneratedRegex(@"\b(?:in|since|from|of)\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex EnglishYear();

    [GeneratedRegex(@"\b(?:last\s+(?<u>month|year|week)|yesterday|today|(?<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<u2>months?|years?|weeks?|days?)\s+ago)\b")]
    private static partial Regex EnglishRelative();

    [GeneratedRegex(@"入职|入的职|进(?:的)?(?:公司|厂|单位)|进去|开始上班|开始工作|参加工作|来(?:的)?(?:公司|这)|加入|上岗|joined|started|start(?:ing)?\s+work|hired|began|employed|came\s+to")]
    private static partial Regex StartVerb();

    [GeneratedRegex(@"离职|被裁|裁员|裁掉|裁了|被辞|辞退|开除|解除|终止|到期|走人|辞职|被炒|炒了|解雇|不要我|让我走|停工|受伤|发现|知道|通知我|laid\s+off|fired|dismissed|let\s+go|terminated|left|quit|resigned|ended|sacked|redundan|expired|injured|hurt")]
    private static partial Regex EndVerb();

    /// <summary>The dates in <paramref name="text"/> (NFKC-normalised, lower case), longest matches first where they overlap.</summary>
    public static List<Found> Read(string text, DateOnly today)
    {
        var found = new List<Found>();
        void Add(Match m, ExtractedDate? date)
        {
            if (date is null || found.Any(f => m.Index < f.Start + f.Length && f.Start < m.Index + m.Length))
                return;
            // "since 2017", "from 2019" say a start by themselves.
            var role = m.Value.StartsWith("since", StringComparison.Ordinal) || m.Value.StartsWith("from", StringComparison.Ordinal)
                ? DateRole.Start
                : RoleAt(text, m.Index, m.Length);
            found.Add(new Found(m.Index, m.Length, date, role));
        }

        foreach (Match m in RelativeYearMonth().Matches(text))
            Add(m, Date(today.Year - m.Groups["rel"].Value switch { "去年" => 1, "前年" => 2, _ => 0 }, m.Groups["m"].Value, m.Groups["d"].Value));
        foreach (Match m in ChineseYearMonth().Matches(text))
            Add(m, Date(FullYear(m.Groups["y"].Value, today), m.Groups["m"].Value, m.Groups["d"].Value));
        foreach (Match m in NumericDate().Matches(text))
            Add(m, Date(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value));
        foreach (Match m in EnglishDayMonthYear().Matches(text))
            Add(m, Date(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), EnglishMonth(m.Groups["mon"].Value), m.Groups["d"].Value));
        foreach (Match m in EnglishMonthYear().Matches(text))
            Add(m, Date(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), EnglishMonth(m.Groups["mon"].Value), m.Groups["d"].Value));
        foreach (Match m in ShortYearJoined().Matches(text))
            Add(m, new ExtractedDate(FullYear(m.Groups["y"].Value, today)));
        foreach (Match m in ChineseYear().Matches(text))
            Add(m, new ExtractedDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)));
        foreach (Match m in EnglishYear().Matches(text))
            Add(m, new ExtractedDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)));
        foreach (Match m in ChineseAgo().Matches(text))
            Add(m, Ago(today, SpokenNumbers.Parse(m.Groups["n"].Value == "半" ? "0.5" : m.Groups["n"].Value), m.Groups["u"].Value));
        foreach (Match m in EnglishRelative().Matches(text))
            Add(m, EnglishRelativeDate(m, today));
        foreach (Match m in ChineseRelative().Matches(text))
            Add(m, ChineseRelativeDate(m.Value, today));
        foreach (Match m in MonthOnly().Matches(text))
        {
            // 3月入职 said in June is this March; said in February, last March.
            var month = MonthNumber(m.Groups["m"].Value);
            if (month is { } mm && RoleAt(text, m.Index, m.Length) != DateRole.Unknown)
                Add(m, Date(mm <= today.Month ? today.Year : today.Year - 1, m.Groups["m"].Value, m.Groups["d"].Value));
        }
        return found.OrderBy(f => f.Start).ToList();
    }

    private static DateRole RoleAt(string text, int start, int length)
    {
        // Chinese puts the verb after the date (2019年3月入职), English mostly before (joined in March 2019).
        var afterText = text[(start + length)..Math.Min(text.Length, start + length + 12)];
        var beforeStart = Math.Max(0, start - 25);
        var beforeText = text[beforeStart..start];
        // A verb before a Chinese date usually belongs to the clause before it (16年进的厂，今年3月厂里裁员).
        var beforePenalty = text.AsSpan(start, length).ContainsAny('年', '月') ? 6 : 0;
        (int Distance, DateRole Role)? best = null;
        void Consider(Regex verb, DateRole role)
        {
            foreach (Match m in verb.Matches(afterText))
            {
                if (best is null || m.Index < best.Value.Distance)
                    best = (m.Index, role);
            }
            foreach (Match m in verb.Matches(beforeText))
            {
                var distance = beforeText.Length - (m.Index + m.Length) + beforePenalty;
                if (best is null || distance < best.Value.Distance)
                    best = (distance, role);
            }
        }
        Consider(StartVerb(), DateRole.Start);
        Consider(EndVerb(), DateRole.End);
        return best?.Role ?? DateRole.Unknown;
    }

    private static ExtractedDate? Date(int year, string month, string day)
    {
        var m = MonthNumber(month);
        if (m is null || year is < 1950 or > 2100)
            return null;
        int? d = int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var dd) ? dd : null;
        if (d is { } value && (value < 1 || value > DateTime.DaysInMonth(year, m.Value)))
            return null;
        return new ExtractedDate(year, m, d);
    }

    private static ExtractedDate? Date(int year, int month, string day) => Date(year, month.ToString(CultureInfo.InvariantCulture), day);

    private static int? MonthNumber(string month)
    {
        var value = SpokenNumbers.Parse(month);
        return value is >= 1 and <= 12 && value == decimal.Truncate(value.Value) ? (int)value.Value : null;
    }

    /// <summary>19年 → 2019, 98年 → 1998: a two-digit year not after this year is this century's.</summary>
    private static int FullYear(string year, DateOnly today)
    {
        var value = int.Parse(year, CultureInfo.InvariantCulture);
        if (year.Length == 4)
            return value;
        return 2000 + value <= today.Year ? 2000 + value : 1900 + value;
    }

    private static int EnglishMonth(string name) =>
        Array.FindIndex(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], p => name.StartsWith(p, StringComparison.Ordinal)) + 1;

    private static ExtractedDate? Ago(DateOnly today, decimal? count, string unit)
    {
        if (count is not { } n || n <= 0)
            return null;
        return unit switch
        {
            "年" => n == decimal.Truncate(n) ? new ExtractedDate(today.Year - (int)n) : ExtractedDate.OfMonth(today.AddMonths(-(int)(n * 12))),
            "天" => ExtractedDate.Of(today.AddDays(-(int)n)),
            "周" or "个星期" => ExtractedDate.Of(today.AddDays(-7 * (int)n)),
            _ => ExtractedDate.OfMonth(today.AddMonths(-(int)n)),
        };
    }

    private static ExtractedDate? EnglishRelativeDate(Match m, DateOnly today)
    {
        if (m.Value == "yesterday")
            return ExtractedDate.Of(today.AddDays(-1));
        if (m.Value == "today")
            return ExtractedDate.Of(today);
        if (m.Groups["u"].Success)
        {
            return m.Groups["u"].Value switch
            {
                "month" => ExtractedDate.OfMonth(today.AddMonths(-1)),
                "year" => new ExtractedDate(today.Year - 1),
                _ => ExtractedDate.Of(today.AddDays(-7)),
            };
        }
        var n = m.Groups["n"].Value is "a" or "an" ? 1m : SpokenNumbers.Parse(m.Groups["n"].Value) ?? EnglishCount(m.Groups["n"].Value);
        var unit = m.Groups["u2"].Value.TrimEnd('s');
        return Ago(today, n, unit switch { "year" => "年", "day" => "天", "week" => "周", _ => "个月" });
    }

    private static decimal? EnglishCount(string word) =>
        SpokenNumbers.Scan(word) is [{ } only] ? only.Value : null;

    private static ExtractedDate ChineseRelativeDate(string phrase, DateOnly today) => phrase switch
    {
        "上上月" or "上上个月" => ExtractedDate.OfMonth(today.AddMonths(-2)),
        "上月" or "上个月" => ExtractedDate.OfMonth(today.AddMonths(-1)),
        "这个月" or "本月" => ExtractedDate.OfMonth(today),
        "前天" => ExtractedDate.Of(today.AddDays(-2)),
        "昨天" => ExtractedDate.Of(today.AddDays(-1)),
        "今天" => ExtractedDate.Of(today),
        "去年" => new ExtractedDate(today.Year - 1),
        "前年" => new ExtractedDate(today.Year - 2),
        "今年" => new ExtractedDate(today.Year),
        _ => ExtractedDate.Of(today.AddDays(-7)),
    };
}

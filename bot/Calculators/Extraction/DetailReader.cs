using System.Text.RegularExpressions;

namespace Assistant.Bot.Calculators.Extraction;

/// <summary>
/// The figures particular to one calculation: a disability grade, overtime hours, a contract term, a birth's details,
/// how the employment ended, unpaid wages and the working-time system. Each reader takes the words it used.
/// </summary>
internal static partial class DetailReader
{
    private const string Number = @"(?<n>\d{1,3}(?:\.\d+)?|[一二两三四五六七八九十百零]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    [GeneratedRegex(@"(?:伤残|鉴定|评残|评了|定了|认定)?\s*(?<g>10|[1-9]|十|[一二三四五六七八九])\s*级(?:伤残)?|伤残(?:等级)?\s*(?:是|为)?\s*(?<g>10|[1-9]|十|[一二三四五六七八九])|(?:grade|level|class)\s*(?<g>10|[1-9])\b|\b(?<g>10|[1-9])(?:st|nd|rd|th)?[-\s]+(?:grade|level)\b")]
    private static partial Regex Grade();

    [GeneratedRegex(Number + @"\s*(?:个)?(?:多)?(?:(?:extra|more|overtime)\s+)?(?<u>小时|钟头|钟|h\b|hours?|hrs?\b|天|days?)")]
    private static partial Regex Hours();

    [GeneratedRegex(@"法定节假日|法定假日|节假日|国庆|春节|过年|五一|劳动节|元旦|中秋|端午|清明|除夕|public\s+holiday|national\s+holiday|statutory\s+holiday|holiday|spring\s+festival|national\s+day")]
    private static partial Regex HolidayCue();

    [GeneratedRegex(@"周末|休息日|双休|周六|周日|星期六|星期天|星期日|礼拜六|礼拜天|weekend|saturday|sunday|rest\s+day|day\s+off")]
    private static partial Regex RestDayCue();

    [GeneratedRegex(@"加班|超时|延长|overtime|extra\s+hours|late")]
    private static partial Regex OvertimeCue();

    [GeneratedRegex(@"(?:合同|合同期|合同期限)\s*(?:是|为|签了?|签的|只有|有)?\s*" + Number + @"\s*(?<u>年|个月)|(?:签了?|签的|订了?)\s*" + Number + @"\s*(?<u>年|个月)的?(?:劳动)?合同|" + Number + @"\s*(?<u>年|个月)的?(?:劳动|固定期限)?合同|" + Number + @"[-\s](?<u>year|month)s?\s+contract|contract\s+(?:is\s+|of\s+|for\s+)?" + Number + @"\s+(?<u>year|month)s?")]
    private static partial Regex ContractTerm();

    [GeneratedRegex(@"无固定期限|open[-\s]ended|permanent\s+contract|no\s+fixed\s+term")]
    private static partial Regex OpenEnded();

    [GeneratedRegex(@"完成一定工作任务|以完成.*任务为期限|项目合同|task[-\s]based|for\s+a\s+(?:single\s+)?(?:task|project)")]
    private static partial Regex TaskBased();

    [GeneratedRegex(@"怀孕\s*" + Number + @"\s*个?多?月|" + Number + @"\s*个?多?月\s*(?:的时候|时)?\s*(?:流产|小产|胎停)|" + Number + @"\s+months?\s+pregnant|pregnant\s+for\s+" + Number + @"\s+months?")]
    private static partial Regex PregnancyMonths();

    [GeneratedRegex(@"流产|小产|胎停|miscarr")]
    private static partial Regex Miscarriage();

    [GeneratedRegex(@"难产|剖腹产|剖宫产|顺转剖|difficult\s+(?:birth|labou?r|delivery)|c-section|caesarean|cesarean")]
    private static partial Regex DifficultBirth();

    [GeneratedRegex(@"(?<n>双|三|四)胞胎|龙凤胎|(?<en>twins|triplets|quadruplets)")]
    private static partial Regex Multiple();

    [GeneratedRegex(@"拖欠工资|欠薪|欠工资|欠我工资|不发工资|没发工资|停发工资|停发|工资没发|拖欠|克扣|unpaid\s+(?:wages?|salary|pay)|owe[sd]?\s+(?:me\s+)?(?:wages?|salary|pay)|not\s+(?:been\s+)?paid|hasn't\s+paid|didn't\s+pay")]
    private static partial Regex Unpaid();

    [GeneratedRegex(@"综合(?:计算)?工时|comprehensive\s+(?:working\s+)?hours")]
    private static partial Regex Comprehensive();

    [GeneratedRegex(@"不定时|flexible\s+(?:working\s+)?hours")]
    private static partial Regex Flexible();

    public static int? ReadGrade(TextSpans spans)
    {
        var match = Grade().Match(spans.Text);
        if (!match.Success || SpokenNumbers.Parse(match.Groups["g"].Value) is not { } grade || grade is < 1 or > 10)
            return null;
        spans.Take(match.Index, match.Length);
        return (int)grade;
    }

    /// <summary>Overtime hours by kind; days on rest days or holidays count 8 hours each.</summary>
    public static (decimal? Weekday, decimal? RestDay, decimal? Holiday) ReadHours(TextSpans spans)
    {
        var text = spans.Text;
        decimal? weekday = null, restDay = null, holiday = null;
        foreach (Match match in Hours().Matches(text))
        {
            if (Count(match.Groups["n"].Value) is not { } count || count <= 0)
                continue;
            var isDays = match.Groups["u"].Value is "天" or "day" or "days";
            // Cues are read in the original words: a date reader may have taken 上周 of 上周六.
            var clause = Clause(spans.Original, match.Index);
            if (HolidayCue().IsMatch(clause))
                holiday = (holiday ?? 0) + (isDays ? count * 8 : count);
            else if (RestDayCue().IsMatch(clause))
                restDay = (restDay ?? 0) + (isDays ? count * 8 : count);
            else if (!isDays && OvertimeCue().IsMatch(clause))
                weekday = (weekday ?? 0) + count;
            else
                continue;
            spans.Take(match.Index, match.Length);
        }
        return (weekday, restDay, holiday);
    }

    public static (int? Months, ContractType? Contract) ReadContract(TextSpans spans)
    {
        var text = spans.Text;
        if (OpenEnded().IsMatch(text))
            return (null, ContractType.OpenEnded);
        if (TaskBased().IsMatch(text))
            return (null, ContractType.TaskBased);
        var match = ContractTerm().Match(text);
        if (!match.Success || Count(match.Groups["n"].Value) is not { } count || count <= 0)
            return (null, null);
        spans.Take(match.Index, match.Length);
        var months = match.Groups["u"].Value is "年" or "year" ? count * 12 : count;
        return ((int)months, ContractType.FixedTerm);
    }

    public static (int? Babies, bool? Difficult, bool? Miscarriage, int? Months) ReadBirth(TextSpans spans)
    {
        var text = spans.Text;
        int? babies = null;
        if (Multiple().Match(text) is { Success: true } multiple)
        {
            babies = multiple.Groups["n"].Value switch
            {
                "双" => 2,
                "三" => 3,
                "四" => 4,
                _ => multiple.Groups["en"].Value switch { "twins" => 2, "triplets" => 3, "quadruplets" => 4, _ => 2 },
            };
        }
        int? months = null;
        if (PregnancyMonths().Match(text) is { Success: true } pregnancy && Count(pregnancy.Groups["n"].Value) is { } m)
        {
            months = (int)m;
            spans.Take(pregnancy.Index, pregnancy.Length);
        }
        return (babies, DifficultBirth().IsMatch(text) ? true : null, Miscarriage().IsMatch(text) ? true : null, months);
    }

    public static DisputeKind? ReadDispute(string text) => Unpaid().IsMatch(text) ? DisputeKind.UnpaidRemuneration : null;

    public static WorkingTimeSystem? ReadSystem(string text) =>
        Comprehensive().IsMatch(text) ? WorkingTimeSystem.Comprehensive : Flexible().IsMatch(text) ? WorkingTimeSystem.Flexible : null;

    private static decimal? Count(string words) =>
        SpokenNumbers.Parse(words) ?? (SpokenNumbers.Scan(words) is [{ } only] ? only.Value : null);

    /// <summary>The clause around a position: from the last comma or full stop before it to the next one.</summary>
    private static string Clause(string text, int position)
    {
        var start = text.LastIndexOfAny(['，', ',', '。', '.', '；', ';', '?', '？', '!', '！'], Math.Max(0, position - 1)) + 1;
        var end = text.IndexOfAny(['，', ',', '。', '；', ';', '?', '？', '!', '！'], position);
        return text[start..(end < 0 ? text.Length : end)];
    }
}

using System.Text.RegularExpressions;

namespace Assistant.Bot.Calculators.Extraction;

/// <summary>
/// The monthly wage: a number after a wage word (月薪8千, 税前一万二, 工资是8500, my salary is 12,000) or before a "per
/// month" (8000一个月, 12k a month); failing those, a number written as money (8000元, 1.2万). Amounts said to be
/// compensation (给了我2万补偿) are not the wage.
/// </summary>
internal static partial class MoneyReader
{
    [GeneratedRegex(@"(?:转正后|转正|月薪|月工资|月收入|月入|薪水|薪资|工资|底薪|收入|税前|税后|到手|实发|每个?月|一个月|salary|wage|wages|earn(?:s|ing)?|make|making|paid|pay|income|get)\s*(?:是|为|有|大概|大约|约|差不多|才|只有|只|就|能|拿|发|of|is|was|about|around|roughly|approximately|:|：|\s)*(?:rmb|¥|cny|\$)?\s*$")]
    private static partial Regex CueBefore();

    [GeneratedRegex(@"^\s*(?:元|块钱|块|rmb|yuan|cny)?\s*(?:/|每|一|a|per)\s*(?:个)?(?:月|month|mo\b)")]
    private static partial Regex PerMonthAfter();

    [GeneratedRegex(@"^\s*(?:元|块钱|块|rmb|yuan|cny)")]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"(?:rmb|¥|cny)\s*$")]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"^\s*(?:元|块钱|块)?\s*(?:的)?\s*(?:补偿|赔偿|赔|经济补偿|补助|compensation|severance|payout)|^\s*(?:个?小时|天|年|个月|级|hours?|days?|years?|months?)|^\s*(?:元|块)?\s*(?:/|每|一|a|per)\s*(?:年|year)")]
    private static partial Regex NotWageAfter();

    [GeneratedRegex(@"(?:补偿|赔偿|赔了|给了我|补了|compensation|severance|offered|offer|(?:年薪|年收入|年终奖|奖金|annual\s+(?:salary|pay|income)|bonus)\s*(?:是|为|有|大概|约|of|is)?)\s*$")]
    private static partial Regex NotWageBefore();

    public static decimal? Read(TextSpans spans)
    {
        var text = spans.Text;
        (decimal Value, int Score, int Start, int Length)? best = null;
        foreach (var token in SpokenNumbers.Scan(text))
        {
            if (token.Value < 100 || token.Value > 10_000_000)
                continue;
            var before = text[Math.Max(0, token.Start - 14)..token.Start];
            var after = text[token.End..Math.Min(text.Length, token.End + 12)];
            if (NotWageAfter().IsMatch(after) || NotWageBefore().IsMatch(before))
                continue;
            var score = 0;
            if (CueBefore().IsMatch(before))
                score += 3;
            if (PerMonthAfter().IsMatch(after))
                score += 3;
            if (token.HasUnit || CurrencyAfter().IsMatch(after) || CurrencyBefore().IsMatch(before))
                score += 1;
            if (score == 0 || (score == 1 && token.Value < 1000))
                continue;
            if (best is null || score > best.Value.Score)
                best = (token.Value, score, token.Start, token.Length);
        }
        if (best is not { } chosen)
            return null;
        spans.Take(chosen.Start, chosen.Length);
        return chosen.Value;
    }
}

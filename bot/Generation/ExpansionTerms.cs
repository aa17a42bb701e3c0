using System.Text.RegularExpressions;

namespace Assistant.Bot.Generation;

/// <summary>
/// Turns the model's reply into search terms. Models number their lists, add bullets, quotes or a "关键词：" label and
/// repeat themselves however they are asked; a sentence is not a term, so long items are dropped rather than searched.
/// </summary>
internal static partial class ExpansionTerms
{
    public const string Separator = "；";

    /// <summary>The prompt asks for 3 to 8; a longer list is cut rather than let it drown the question's own words.</summary>
    public const int MaxTerms = 8;

    /// <summary>Longer is a sentence, not a term. Law names and the full titles of judicial interpretations fit
    /// (最高人民法院关于审理劳动争议案件适用法律问题的解释（一） is 28), and a named law is weighted up in the search.</summary>
    public const int MaxTermLength = 32;

    /// <summary>The same for a term in Latin letters, whose words are longer: "Labor Contract Law of the People's
    /// Republic of China" is 52.</summary>
    public const int MaxLatinTermLength = 64;

    private static readonly char[] Separators = ['；', ';', ',', '，', '、', '\n', '\r'];

    // Quotes and punctuation a model puts around a term; brackets only in pairs (经济补偿（N） keeps its own).
    private static readonly char[] Stray = [' ', '\t', '"', '\'', '“', '”', '‘', '’', '`', '*', '_', '.', '。', ':', '：', '!', '！', '?', '？'];
    private static readonly (char Open, char Close)[] Pairs = [('《', '》'), ('「', '」'), ('『', '』'), ('【', '】'), ('[', ']'), ('(', ')'), ('（', '）'), ('<', '>'), ('«', '»')];

    /// <summary>At most <see cref="MaxTerms"/> distinct terms of the reply joined with "；"; null when none is usable.</summary>
    public static string? Sanitize(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
            return null;
        var terms = new List<string>();
        foreach (var item in reply.Split(Separators))
        {
            var term = Clean(item);
            if (term.Length == 0 || term.Length > MaxLength(term) || ChineseNumeral().IsMatch(term)
                || terms.Contains(term, StringComparer.OrdinalIgnoreCase))
                continue;
            terms.Add(term);
            if (terms.Count == MaxTerms)
                break;
        }
        return terms.Count == 0 ? null : string.Join(Separator, terms);
    }

    private static int MaxLength(string term) => term.Any(c => c >= '\u3400' && c <= '\u9fff') ? MaxTermLength : MaxLatinTermLength;

    private static string Clean(string item)
    {
        var term = Unwrap(item);
        term = Unwrap(Label().Replace(ListMarker().Replace(term, ""), ""));
        return term.Any(char.IsLetter) ? term : "";
    }

    private static string Unwrap(string text)
    {
        var term = text.Trim(Stray);
        while (term.Length >= 2 && Array.Exists(Pairs, p => term[0] == p.Open && term[^1] == p.Close))
            term = term[1..^1].Trim(Stray);
        return term;
    }

    /// <summary>A bullet or list number: - • ·, 1. 1) (1) （一） 一. ①; never the 1 of 1.5倍. (1、 and 一、 are split
    /// off at 、 and dropped as items without a term.)</summary>
    [GeneratedRegex(@"^(?:[-–—•·●▪◦‣>]+|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[.．](?!\d)|[)）:：])|[\u2460-\u2473])\s*")]
    private static partial Regex ListMarker();

    /// <summary>A label before the list (关键词：经济补偿, Terms: severance pay) or on a line of its own.</summary>
    [GeneratedRegex(@"^(?:关键词|关键字|法律术语|术语|检索词|keywords?|terms?|legal terms)\s*(?:[:：]\s*|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>The 一 of "一、经济补偿", left alone once 、 has split the item.</summary>
    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}$")]
    private static partial Regex ChineseNumeral();
}

using System.Globalization;
using System.Text;
using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources.WordLists;

/// <summary>Writes a list counter the way Word displays it for a <c>w:numFmt</c> value (ECMA-376 §17.18.59).</summary>
internal static class WordNumberFormat
{
    private const string IdeographDigits = "〇一二三四五六七八九";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary>The counter as text; formats we don't know are written as decimals, so the number is never lost.</summary>
    public static string Format(int value, string? format) => format switch
    {
        "none" or "bullet" => string.Empty,
        "decimalZero" => value is >= 0 and < 10 ? "0" + Decimal(value) : Decimal(value),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(Decimal(value)),
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting"
            or "taiwaneseCountingThousand" or "koreanCounting" => Counting(value),
        "chineseLegalSimplified" => LegalSimplified(value),
        "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand" => IdeographDigital(value),
        "ideographTraditional" when value > 0 => HeavenlyStems[(value - 1) % HeavenlyStems.Length].ToString(),
        "ideographZodiac" when value > 0 => EarthlyBranches[(value - 1) % EarthlyBranches.Length].ToString(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when value is >= 1 and <= 20 => ((char)('\u2460' + value - 1)).ToString(),
        "decimalEnclosedParen" when value is >= 1 and <= 20 => ((char)('\u2474' + value - 1)).ToString(),
        "decimalEnclosedFullstop" when value is >= 1 and <= 20 => ((char)('\u2488' + value - 1)).ToString(),
        "ideographEnclosedCircle" when value is >= 1 and <= 10 => ((char)('\u3280' + value - 1)).ToString(),
        "upperLetter" when value > 0 => Letters(value, 'A'),
        "lowerLetter" when value > 0 => Letters(value, 'a'),
        "upperRoman" when value is > 0 and < 4000 => Roman(value),
        "lowerRoman" when value is > 0 and < 4000 => Roman(value).ToLowerInvariant(),
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Counting(int value) => value is > 0 and < 100_000 ? ChineseNumerals.Format(value) : IdeographDigital(value);

    private static string IdeographDigital(int value) =>
        string.Concat(Decimal(value).Select(c => char.IsAsciiDigit(c) ? IdeographDigits[c - '0'] : c));

    private static string FullWidth(string digits) => string.Concat(digits.Select(c => char.IsAsciiDigit(c) ? (char)('０' + c - '0') : c));

    // The financial numerals of Chinese legal writing (壹贰叁, 拾佰仟), which always write the leading one: 11 → 壹拾壹.
    private static string LegalSimplified(int value)
    {
        var counting = Counting(value);
        if (counting.StartsWith('十'))
            counting = "一" + counting;
        const string plain = "一二三四五六七八九十百千";
        const string legal = "壹贰叁肆伍陆柒捌玖拾佰仟";
        return string.Concat(counting.Select(c => plain.IndexOf(c) is var i and >= 0 ? legal[i] : c));
    }

    // Word repeats the letter past Z: 27 → AA, 28 → BB.
    private static string Letters(int value, char first) => new((char)(first + (value - 1) % 26), (value - 1) / 26 + 1);

    private static string Roman(int value)
    {
        ReadOnlySpan<(int Value, string Text)> numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new StringBuilder();
        foreach (var (step, text) in numerals)
        {
            for (; value >= step; value -= step)
                builder.Append(text);
        }
        return builder.ToString();
    }
}

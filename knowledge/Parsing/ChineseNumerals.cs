namespace Assistant.Knowledge.Parsing;

/// <summary>Reads and writes the Chinese numerals used in article numbers (四十七, 一百零一, 一千零六十三, 两百).</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>True when every character is a Chinese numeral character or an ASCII/full-width digit.</summary>
    public static bool IsNumeral(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return false;
        foreach (var c in text)
        {
            if (DigitValue(c) < 0 && UnitValue(c) < 0 && !IsArabic(c))
                return false;
        }
        return true;
    }

    /// <summary>Parses 四十七, 一百零一, 十三, 两千, 47 or ４７; null when the text is not a number below 100,000.</summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
            return null;
        if (IsAllArabic(text))
            return ParseArabic(text);

        long total = 0, section = 0, digit = -1;
        foreach (var c in text)
        {
            var d = DigitValue(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }
            var unit = UnitValue(c);
            if (unit < 0)
                return null;
            if (unit == 10_000)
            {
                section = (section + Math.Max(digit, 0)) * unit;
                total += section;
                section = 0;
            }
            else
            {
                // 十 without a leading digit means 10 (十三 = 13).
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        var value = total + section + Math.Max(digit, 0);
        return value is > 0 and < 100_000 ? (int)value : null;
    }

    /// <summary>Writes a number as statutes write it: 47 → 四十七, 101 → 一百零一, 13 → 十三, 1063 → 一千零六十三.</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(value, 100_000);
        var builder = new System.Text.StringBuilder();
        ReadOnlySpan<(int Unit, char Name)> units = [(10_000, '万'), (1000, '千'), (100, '百'), (10, '十')];
        var remaining = value;
        var pendingZero = false;
        foreach (var (unit, name) in units)
        {
            var count = remaining / unit;
            remaining %= unit;
            if (count > 0)
            {
                if (pendingZero)
                    builder.Append('零');
                // Statutes write 十三, not 一十三, only when 十 leads the number.
                if (!(unit == 10 && count == 1 && builder.Length == 0))
                    builder.Append(Digits[count]);
                builder.Append(name);
                pendingZero = false;
            }
            else if (builder.Length > 0)
            {
                pendingZero = true;
            }
        }
        if (remaining > 0)
        {
            if (pendingZero)
                builder.Append('零');
            builder.Append(Digits[remaining]);
        }
        return builder.ToString();
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' or '○' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static int UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' => 10_000,
        _ => -1,
    };

    private static bool IsArabic(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static bool IsAllArabic(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsArabic(c))
                return false;
        }
        return true;
    }

    private static int? ParseArabic(ReadOnlySpan<char> text)
    {
        if (text.Length > 5)
            return null;
        var value = 0;
        foreach (var c in text)
            value = value * 10 + (c >= '０' ? c - '０' : c - '0');
        return value > 0 ? value : null;
    }
}

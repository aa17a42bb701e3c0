using System.Globalization;

namespace Assistant.Bot.Calculators.Extraction;

/// <summary>
/// Numbers as workers write them: 8000, 12,000, 1.2万, 1万2, 8k, 8千, 一万二 (12,000), 八千五 (8,500), 一万零五百, 两, 十二.
/// A digit after a unit without 零 is the next unit down (一万二 = 12,000), as spoken Chinese means it.
/// </summary>
internal static class SpokenNumbers
{
    /// <summary>A number found in text: where it is and what it is worth; <see cref="HasUnit"/> when written with 万/千/k/w.</summary>
    public readonly record struct Token(int Start, int Length, decimal Value, bool HasUnit)
    {
        public int End => Start + Length;
    }

    private static readonly string[] EnglishWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    /// <summary>Every number in <paramref name="text"/> (already NFKC-normalised and lower-cased), left to right.</summary>
    public static List<Token> Scan(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var startsNumber = char.IsAsciiDigit(c) || (DigitValue(c) >= 0 && c != '〇') || c == '十';
            if (!startsNumber)
            {
                if (char.IsAsciiLetter(c) && (i == 0 || !char.IsAsciiLetter(text[i - 1])) && EnglishWord(text, i) is { } word)
                {
                    tokens.Add(new Token(i, word.Length, word.Value, false));
                    i += word.Length;
                    continue;
                }
                i++;
                continue;
            }
            var end = i + 1;
            while (end < text.Length && Continues(text, end))
                end++;
            var raw = text[i..end];
            if (Parse(raw) is { } value)
                tokens.Add(new Token(i, end - i, value, raw.IndexOfAny(['万', '千', 'k', 'w']) >= 0));
            i = end;
        }
        return tokens;
    }

    /// <summary>The value of a number written alone, or null.</summary>
    public static decimal? Parse(string raw)
    {
        var text = raw.Replace(",", "", StringComparison.Ordinal);
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain))
            return plain;

        decimal total = 0, section = 0;
        decimal? current = null;
        var lastUnit = 0m;
        var zeroSeen = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                    i++;
                if (!decimal.TryParse(text[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var digits))
                    return null;
                current = digits;
                continue;
            }
            var digit = DigitValue(c);
            if (digit >= 0)
            {
                zeroSeen |= digit == 0;
                current = digit;
            }
            else
            {
                switch (c)
                {
                    case '万' or 'w':
                        section += current ?? 0;
                        total += (section == 0 ? 1 : section) * 10_000;
                        section = 0;
                        lastUnit = 10_000;
                        break;
                    case '千' or 'k' or '百' or '十':
                        var unit = c switch { '百' => 100m, '十' => 10m, _ => 1_000m };
                        section += (current ?? 1) * unit;
                        lastUnit = unit;
                        break;
                    default:
                        return null;
                }
                current = null;
                zeroSeen = false;
            }
            i++;
        }
        if (current is { } trailing)
        {
            // 一万二, 八千五: a lone digit right after a unit is the next unit down; after 零 it is itself (一万零五).
            section += lastUnit >= 100 && !zeroSeen && trailing < 10 && trailing == decimal.Truncate(trailing)
                ? trailing * lastUnit / 10
                : trailing;
        }
        var value = total + section;
        return value > 0 || raw.Contains('0') || raw.Contains('零') ? value : null;
    }

    private static bool Continues(string text, int i)
    {
        var c = text[i];
        var afterDigit = i > 0 && char.IsAsciiDigit(text[i - 1]);
        // 6000一个月: a Chinese digit right after Arabic ones starts other words, not the same number (1万2 still is one).
        if (DigitValue(c) >= 0 && afterDigit)
            return false;
        if (char.IsAsciiDigit(c) || DigitValue(c) >= 0 || c is '十' or '百' or '千' or '万')
            return true;
        var nextIsDigit = i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
        // 12,000 and 1.5: a separator only between digits (a comma only before a group of three).
        if (c == '.' && afterDigit && nextIsDigit)
            return true;
        if (c == ',' && afterDigit && ThreeDigitsFollow(text, i))
            return true;
        // 8k, 1.2w: a unit letter right after a digit and not the start of a word.
        return c is 'k' or 'w' && afterDigit && (i + 1 >= text.Length || !char.IsAsciiLetter(text[i + 1]));
    }

    private static bool ThreeDigitsFollow(string text, int comma) =>
        comma + 3 < text.Length
        && char.IsAsciiDigit(text[comma + 1]) && char.IsAsciiDigit(text[comma + 2]) && char.IsAsciiDigit(text[comma + 3])
        && (comma + 4 >= text.Length || !char.IsAsciiDigit(text[comma + 4]));

    private static (int Length, decimal Value)? EnglishWord(string text, int start)
    {
        for (var n = EnglishWords.Length - 1; n >= 0; n--)
        {
            var word = EnglishWords[n];
            if (string.CompareOrdinal(text, start, word, 0, word.Length) == 0
                && (start + word.Length >= text.Length || !char.IsAsciiLetter(text[start + word.Length])))
                return (word.Length, n);
        }
        return null;
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}

using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Privacy;

/// <summary>
/// Masks personal numbers before text leaves the process: mainland mobile numbers (<c>138****5678</c>), landlines
/// with an area code (<c>010-****5678</c>), 18-digit ID-card numbers (<c>1101**********1234</c>) and bank card
/// numbers of 16–19 digits (<c>6222 **** **** 1234</c>). Short numbers (article numbers, amounts, dates) are untouched.
/// </summary>
public sealed partial class SensitiveDataMasker
{
    /// <summary>Returns <paramref name="text"/> with every recognised personal number masked.</summary>
    public string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ContainsLongDigitRun(text))
            return text;

        // ID cards first: an 18-digit ID would otherwise also look like a bank card.
        var masked = IdCard().Replace(text, match => KeepEnds(match.Value, 4, 4));
        masked = BankCard().Replace(masked, match => KeepEnds(match.Value, 4, 4));
        masked = Mobile().Replace(masked, match => KeepEnds(match.Value, 3, 4));
        masked = Landline().Replace(masked, match =>
            match.Groups["area"].Value + match.Groups["sep"].Value + KeepEnds(match.Groups["local"].Value, 0, 4));
        return masked;
    }

    /// <summary>Keeps the first and last digits, turns the other digits into '*', leaves separators as they are.</summary>
    private static string KeepEnds(string value, int head, int tail)
    {
        var digits = value.Count(c => char.IsAsciiDigit(c) || c is 'X' or 'x');
        var result = new StringBuilder(value.Length);
        var index = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c) || c is 'X' or 'x')
            {
                result.Append(index < head || index >= digits - tail ? c : '*');
                index++;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool ContainsLongDigitRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : c is ' ' or '-' ? run : 0;
            if (run >= 7)
                return true;
        }

        return false;
    }

    /// <summary>Region (6), birth date (yyyyMMdd), sequence (3), check digit or X.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdCard();

    /// <summary>16–19 digits, optionally grouped by single spaces or dashes; not part of a longer run.</summary>
    [GeneratedRegex(@"(?<![0-9][ -]?)[0-9](?:[ -]?[0-9]){15,18}(?![ -]?[0-9])")]
    private static partial Regex BankCard();

    /// <summary>Mainland mobile numbers, optionally written 138-1234-5678 or 138 1234 5678.</summary>
    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])")]
    private static partial Regex Mobile();

    /// <summary>Landline with an area code: 010-12345678, (0755)1234567, 0571 87654321.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<area>\(?0[0-9]{2,3}\)?)(?<sep>[ -]?)(?<local>[0-9]{7,8})(?![0-9])")]
    private static partial Regex Landline();
}

using System.Globalization;
using System.Text;
using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources;

/// <summary>
/// Tells text that was read but is not what the file shows: a PDF whose fonts carry no character map gives random
/// ideographs, private-use or replacement characters, and a file decoded in the wrong code page gives Latin-1 letters.
/// Indexed, such text answers nothing and looks like knowledge; reported, it is re-exported or scanned.
/// </summary>
internal sealed class GarbledText
{
    // Real Chinese prose, legal or not, is 96 % or more the 3,755 common characters of GB2312's first level (measured
    // over the 1,542 files of the national corpus: lowest 96.6 %); ideographs taken at random from the whole block are
    // 18 % common.
    private const double MinCommonShare = 0.7;
    private const double MaxOddShare = 0.2;
    private const int MinCharacters = 50;
    private const char FirstIdeograph = '\u4e00';
    private const char LastIdeograph = '\u9fff';

    private readonly bool[] _common = CommonIdeographs();

    /// <summary>Why <paramref name="text"/> looks garbled, or null when it reads as text.</summary>
    public string? Reason(SourceText text)
    {
        int ideographs = 0, common = 0, letters = 0, odd = 0;
        foreach (var block in text.Blocks.Select(b => b.Text).Prepend(text.Title ?? string.Empty))
        {
            foreach (var c in block)
            {
                if (c is >= FirstIdeograph and <= LastIdeograph)
                {
                    ideographs++;
                    if (_common[c - FirstIdeograph])
                        common++;
                }
                if (char.IsWhiteSpace(c))
                    continue;
                letters++;
                if (IsOdd(c))
                    odd++;
            }
        }
        if (letters >= MinCharacters && odd > MaxOddShare * letters)
        {
            return $"its text is garbled ({Percent(odd, letters)} of its characters are control, private-use, replacement or Latin-1 "
                + "characters): a PDF whose fonts carry no character map, or a file saved in another encoding, reads like this; "
                + "export or print it to PDF again from the original, or scan it and index the scan";
        }
        if (ideographs >= MinCharacters && common < MinCommonShare * ideographs)
        {
            return $"its text is garbled (only {Percent(common, ideographs)} of its Chinese characters are common ones, against 96 % "
                + "or more in real text): a PDF whose fonts carry no character map reads like this; export or print it to PDF "
                + "again from the original, or scan it and index the scan";
        }
        return null;
    }

    // Characters no rule is written in: controls, private use, the replacement character, and the accented Latin-1
    // letters that GBK or UTF-8 bytes become when read as Windows-1252.
    private static bool IsOdd(char c) =>
        char.IsControl(c) || c == '\ufffd' || char.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse || c is >= '\u00c0' and <= '\u00ff';

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + " %";

    // GB2312's first level, as GBK encodes it: lead byte 0xB0–0xD7.
    private static bool[] CommonIdeographs()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var common = new bool[LastIdeograph - FirstIdeograph + 1];
        Span<byte> bytes = stackalloc byte[8];
        Span<char> one = stackalloc char[1];
        for (var i = 0; i < common.Length; i++)
        {
            one[0] = (char)(FirstIdeograph + i);
            var count = gbk.GetBytes(one, bytes);
            common[i] = count == 2 && bytes[0] is >= 0xB0 and <= 0xD7 && bytes[1] >= 0xA1;
        }
        return common;
    }
}

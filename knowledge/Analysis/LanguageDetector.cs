using System.Text;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Analysis;

/// <summary>Decides whether a text (a question or a document) is Chinese or English.</summary>
public static class LanguageDetector
{
    // A Chinese question often carries Latin noise (N+1, HR, app names), so Chinese wins well
    // below a majority of ideographs; an English text quoting one law title stays English.
    private const double MinimumIdeographShare = 0.2;

    /// <summary>
    /// Returns <see cref="DocumentLanguage.Chinese"/> when at least one CJK ideograph is present and
    /// ideographs make up at least 20% of letters plus ideographs; otherwise
    /// <see cref="DocumentLanguage.English"/>. Text without any letters (empty, digits,
    /// punctuation) is Chinese, the language of our default audience.
    /// </summary>
    /// <param name="text">The text to inspect.</param>
    /// <returns>The detected language.</returns>
    public static DocumentLanguage Detect(ReadOnlySpan<char> text)
    {
        var ideographs = 0;
        var letters = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsIdeograph(rune.Value))
            {
                ideographs++;
            }
            else if (Rune.IsLetter(rune))
            {
                letters++;
            }
        }

        if (ideographs == 0)
        {
            return letters == 0 ? DocumentLanguage.Chinese : DocumentLanguage.English;
        }

        return ideographs >= MinimumIdeographShare * (ideographs + letters)
            ? DocumentLanguage.Chinese
            : DocumentLanguage.English;
    }

    /// <summary>CJK unified ideographs, their extensions and compatibility ideographs.</summary>
    internal static bool IsIdeograph(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF)
            or (>= 0x3400 and <= 0x4DBF)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x323AF)
            or 0x3007;
}

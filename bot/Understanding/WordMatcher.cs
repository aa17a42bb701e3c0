namespace Assistant.Bot.Understanding;

/// <summary>
/// Finds words of a list in a text: Chinese words anywhere, Latin words only on word boundaries
/// (so "agent" does not match "agency").
/// </summary>
public static class WordMatcher
{
    /// <summary>Lower-cases and folds full-width forms and typographic apostrophes.</summary>
    public static string Normalize(string text) =>
        text.Normalize(System.Text.NormalizationForm.FormKC).Replace('’', '\'').ToLowerInvariant().Trim();

    /// <summary>True when <paramref name="normalizedText"/> contains one of the (lower-case) words.</summary>
    public static bool ContainsAny(string normalizedText, IReadOnlyList<string> words) =>
        words.Any(w => Contains(normalizedText, w));

    /// <summary>The text with punctuation, symbols and spaces removed, for whole-message comparisons.</summary>
    public static string Compact(string normalizedText) =>
        new(normalizedText.Where(char.IsLetterOrDigit).ToArray());

    private static bool Contains(string text, string word)
    {
        var latin = word.All(c => c < 0x3000);
        var start = 0;
        while ((start = text.IndexOf(word, start, StringComparison.Ordinal)) >= 0)
        {
            if (!latin)
                return true;
            var end = start + word.Length;
            var before = start == 0 || !char.IsLetterOrDigit(text[start - 1]) || text[start - 1] >= 0x3000;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]) || text[end] >= 0x3000;
            if (before && after)
                return true;
            start++;
        }
        return false;
    }
}

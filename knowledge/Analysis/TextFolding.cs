namespace Assistant.Knowledge.Analysis;

/// <summary>
/// One-to-one character folding shared by the glossary, its tokenizer and the question normalizer.
/// </summary>
/// <remarks>
/// Folding never changes the length of the text, so offsets computed on folded text are valid
/// offsets into the original. That is why this is a char map and not <c>CJKWidthFilter</c>,
/// which may merge half-width katakana with their voicing marks.
/// </remarks>
internal static class TextFolding
{
    /// <summary>Full-width ASCII variants to ASCII, the ideographic space to a space, then lower case.</summary>
    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c == '\u3000')
        {
            return ' ';
        }

        return char.ToLowerInvariant(c);
    }

    /// <summary>Folds <paramref name="chars"/> in place.</summary>
    public static void Fold(Span<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Fold(chars[i]);
        }
    }

    /// <summary>Returns the folded copy of <paramref name="text"/>.</summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            Fold(span);
        });

    /// <summary>ASCII letters and digits, the characters that glue into one Latin word.</summary>
    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);
}

namespace Assistant.Bot.Answering;

/// <summary>Cuts article text into what a lead or an excerpt shows.</summary>
internal static class ArticleText
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?'];

    /// <summary>The paragraphs, without a guide's closing citation line (<c>依据：…</c> / <c>Based on: …</c>).</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !p.StartsWith("依据：", StringComparison.Ordinal) && !p.StartsWith("Based on:", StringComparison.Ordinal))
            .ToList();

    /// <summary>The first sentence(s) of the text up to about <paramref name="budget"/> characters; true when cut.</summary>
    public static (string Text, bool Cut) FirstSentences(string text, int budget)
    {
        var body = string.Join(' ', Paragraphs(text));
        var end = 0;
        while (end < body.Length)
        {
            var next = NextSentenceEnd(body, end);
            if (next < 0)
            {
                next = body.Length;
            }
            if (end > 0 && next > budget)
                break;
            end = next;
        }
        if (end > budget * 3 / 2)
            return (body[..budget].TrimEnd(), true);
        return (body[..end].TrimEnd(), end < body.Length);
    }

    /// <summary>Truncates to <paramref name="limit"/> characters; true when cut.</summary>
    public static (string Text, bool Cut) Truncate(string text, int limit) =>
        text.Length <= limit ? (text, false) : (text[..limit].TrimEnd(), true);

    private static int NextSentenceEnd(string body, int from)
    {
        for (var i = from; i < body.Length; i++)
        {
            var c = body[i];
            if (Array.IndexOf(SentenceEnds, c) >= 0)
                return i + 1;
            if (c == '.' && (i + 1 == body.Length || body[i + 1] == ' ') && !EndsWithAbbreviation(body, i))
                return i + 1;
        }
        return -1;
    }

    // "Co., Ltd." and "No. 5" are not sentence ends.
    private static bool EndsWithAbbreviation(string body, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(body[start - 1]))
            start--;
        var word = body[start..dot];
        return word is "Co" or "Ltd" or "No" or "Art" or "e.g" or "i.e" || word.Length == 1;
    }
}

using Assistant.Knowledge.Parsing;

namespace Assistant.Bot.Citations;

/// <summary>Cuts article text into what a lead or an excerpt shows.</summary>
internal static class ArticleText
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?'];

    // A guide's citation line is taken out when indexing, but an index built before that still holds it, and keys never
    // reach a reader.
    private static readonly string[] CitationLines = ["依据：", "Based on:"];

    /// <summary>The paragraphs a reader reads: a guide section's other phrasings (for the search) and citation line left out.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !GuidePhrasings.IsPhrasingLine(p) && !Array.Exists(CitationLines, prefix => p.StartsWith(prefix, StringComparison.Ordinal)))
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

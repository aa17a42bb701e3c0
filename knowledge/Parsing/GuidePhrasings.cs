namespace Assistant.Knowledge.Parsing;

/// <summary>
/// A guide section's line of other ways to ask its question (<c>问法：被炒了有没有补偿；公司让我走给不给钱</c>,
/// <c>Also asked: was I fired unfairly; …</c>): words for the search to match, not text for a worker to read.
/// </summary>
public static class GuidePhrasings
{
    private static readonly string[] Prefixes = ["问法：", "问法:", "Also asked:"];

    /// <summary>True when <paramref name="line"/> is such a line.</summary>
    public static bool IsPhrasingLine(string line) =>
        Array.Exists(Prefixes, prefix => line.TrimStart().StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The question a section answers as workers ask it: its heading and the phrasings of its lines, one per line.</summary>
    public static string Question(string heading, IEnumerable<string> paragraphs)
    {
        var phrasings = paragraphs
            .Where(IsPhrasingLine)
            .Select(line => line.TrimStart())
            .Select(line => line[(Array.Find(Prefixes, p => line.StartsWith(p, StringComparison.OrdinalIgnoreCase))!.Length)..]);
        return string.Join('\n', phrasings.Prepend(heading));
    }
}

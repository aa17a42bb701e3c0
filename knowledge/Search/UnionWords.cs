namespace Assistant.Knowledge.Search;

/// <summary>Words by which a question speaks of the union itself rather than of labor law in general.</summary>
internal static class UnionWords
{
    private static readonly string[] Words = ["工会", "会员", "会费", "会籍", "网格员", "union", "membership", "dues"];

    /// <summary>True when <paramref name="question"/> (normalised) names the union or its membership.</summary>
    public static bool Mention(string question) =>
        Array.Exists(Words, word => question.Contains(word, StringComparison.OrdinalIgnoreCase));
}

using Assistant.Knowledge.Search;

namespace Assistant.Bot.Answering;

/// <summary>What an answer shows: the union guide's explanation when a guide section leads, the articles quoted, and
/// further articles named with their text to open.</summary>
/// <param name="Explanation">The guide section whose explanation leads the answer, when one does.</param>
/// <param name="Quoted">The articles quoted, best first.</param>
/// <param name="Named">Further articles the explanation cites, named and openable.</param>
public sealed record AnswerSelection(SearchHit? Explanation, IReadOnlyList<SearchHit> Quoted, IReadOnlyList<SearchHit> Named)
{
    /// <summary>Nothing to show.</summary>
    public static AnswerSelection None { get; } = new(null, [], []);

    /// <summary>True when there is nothing to show.</summary>
    public bool IsEmpty => Explanation is null && Quoted.Count == 0;

    /// <summary>The keys of everything shown, the law first (analytics count topics by the first).</summary>
    public IReadOnlyList<string> Keys =>
        [.. Quoted.Concat(Named).Select(h => h.ArticleKey), .. Explanation is { } guide ? [guide.ArticleKey] : Array.Empty<string>()];
}

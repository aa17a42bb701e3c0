namespace Assistant.Knowledge.Parsing;

/// <summary>The open headings, outermost first; entering a heading closes every heading of the same or lower rank.</summary>
internal sealed class ChapterPath
{
    private readonly List<(int Rank, string Text)> open = [];
    private IReadOnlyList<string> snapshot = [];

    internal void Enter(int rank, string text)
    {
        open.RemoveAll(h => h.Rank >= rank);
        open.Add((rank, text));
        snapshot = open.Select(h => h.Text).ToArray();
    }

    /// <summary>The current path; an immutable copy shared by every article under it.</summary>
    internal IReadOnlyList<string> Current => snapshot;

    /// <summary>The path without its innermost heading (the parents of a heading section).</summary>
    internal IReadOnlyList<string> Parents => snapshot.Count == 0 ? snapshot : snapshot.Take(snapshot.Count - 1).ToArray();
}

namespace Assistant.Knowledge.Analysis;

/// <summary>
/// Forward-maximum-match over a fixed word list, as a character trie. Immutable once built, so
/// one instance can serve many tokenizers on many threads.
/// </summary>
internal sealed class GlossaryMatcher
{
    private readonly List<Dictionary<char, int>> _children = [];
    private readonly List<bool> _terminal = [];

    /// <summary>Builds the trie; words must already be folded.</summary>
    public GlossaryMatcher(IEnumerable<string> words)
    {
        AddNode();
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            var node = 0;
            foreach (var c in word)
            {
                if (!_children[node].TryGetValue(c, out var next))
                {
                    next = AddNode();
                    _children[node][c] = next;
                }

                node = next;
            }

            _terminal[node] = true;
            MaxWordLength = Math.Max(MaxWordLength, word.Length);
        }
    }

    /// <summary>Length of the longest word; callers keep at least this many characters plus one in view.</summary>
    public int MaxWordLength { get; }

    /// <summary>
    /// Length of the longest word starting at <paramref name="text"/>[0], or 0 when none does.
    /// </summary>
    /// <param name="text">Folded text from the candidate start to as far as is known.</param>
    /// <param name="previous">The character before the candidate start, <c>'\0'</c> at the beginning.</param>
    /// <remarks>
    /// A word that starts or ends with an ASCII letter or digit must not continue a Latin
    /// word or number: <c>996</c> is a working-hours word, but not inside <c>1996年</c>.
    /// </remarks>
    public int Match(ReadOnlySpan<char> text, char previous)
    {
        var best = 0;
        var node = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!_children[node].TryGetValue(text[i], out node))
            {
                break;
            }

            if (_terminal[node] && IsWholeWord(text, i + 1, previous))
            {
                best = i + 1;
            }
        }

        return best;
    }

    private static bool IsWholeWord(ReadOnlySpan<char> text, int length, char previous)
    {
        if (TextFolding.IsAsciiLetterOrDigit(text[0]) && TextFolding.IsAsciiLetterOrDigit(previous))
        {
            return false;
        }

        return !(TextFolding.IsAsciiLetterOrDigit(text[length - 1])
            && length < text.Length
            && TextFolding.IsAsciiLetterOrDigit(text[length]));
    }

    private int AddNode()
    {
        _children.Add([]);
        _terminal.Add(false);
        return _children.Count - 1;
    }
}

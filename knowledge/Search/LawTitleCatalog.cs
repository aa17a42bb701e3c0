namespace Assistant.Knowledge.Search;

/// <summary>
/// The short titles present in one index generation, plus English names of Chinese laws, used to recognise a law
/// named in a question (for article references and for preferring that law's articles).
/// </summary>
internal sealed class LawTitleCatalog
{
    private const int MaxScannedCharacters = 600;
    private readonly HashSet<string> _titles;
    // Probed with slices of the question, so looking up every candidate length allocates nothing.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _titleSlices;
    private readonly Dictionary<string, string> _englishNames;
    private readonly int _longestTitle;

    public LawTitleCatalog(IEnumerable<string> shortTitles, IReadOnlyDictionary<string, string> englishNames)
    {
        _titles = new HashSet<string>(shortTitles, StringComparer.Ordinal);
        _titleSlices = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
        _englishNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (english, chinese) in englishNames)
        {
            if (_titles.Contains(chinese))
                _englishNames[english] = chinese;
        }
        // English-language documents are matched by their own titles too.
        foreach (var title in _titles)
        {
            if (title.Any(char.IsAsciiLetter))
                _englishNames[NormalizeEnglish(title)] = title;
        }
        _longestTitle = _titles.Count == 0 ? 0 : _titles.Max(t => t.Length);
    }

    public int Count => _titles.Count;

    public bool Contains(string shortTitle) => _titles.Contains(shortTitle);

    /// <summary>The longest known title that <paramref name="text"/> ends with (ignoring 中华人民共和国 prefixes).</summary>
    public string? TitleEndingAt(ReadOnlySpan<char> text)
    {
        for (var length = Math.Min(_longestTitle, text.Length); length >= 2; length--)
        {
            if (_titleSlices.TryGetValue(text[^length..], out var title))
                return title;
        }
        return null;
    }

    /// <summary>Titles that appear in the text, longest first, without titles contained in a longer match.</summary>
    public IReadOnlyList<string> TitlesMentionedIn(string text)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, MaxScannedCharacters));
        var found = new List<string>();
        var start = 0;
        while (start < span.Length)
        {
            string? match = null;
            for (var length = Math.Min(_longestTitle, span.Length - start); length >= 3; length--)
            {
                if (_titleSlices.TryGetValue(span.Slice(start, length), out match))
                    break;
            }
            if (match is null)
            {
                start++;
                continue;
            }
            if (!found.Contains(match))
                found.Add(match);
            start += match.Length;
        }
        return found;
    }

    /// <summary>The Chinese short title an English law name stands for.</summary>
    public string? FromEnglish(string englishName) =>
        _englishNames.GetValueOrDefault(NormalizeEnglish(englishName));

    internal static string NormalizeEnglish(string name)
    {
        var text = name.ToLowerInvariant().Replace("labour", "labor", StringComparison.Ordinal)
            .Replace("of the people's republic of china", " ", StringComparison.Ordinal)
            .Replace("people's republic of china", " ", StringComparison.Ordinal)
            .Replace("china's", " ", StringComparison.Ordinal)
            .Replace("the ", " ", StringComparison.Ordinal)
            .Replace("prc ", " ", StringComparison.Ordinal)
            .Replace("’", "'", StringComparison.Ordinal);
        return string.Join(' ', text.Split([' ', '\t', ',', '"', '\u201C', '\u201D'], StringSplitOptions.RemoveEmptyEntries));
    }
}

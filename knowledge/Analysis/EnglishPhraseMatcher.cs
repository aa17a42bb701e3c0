using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Knowledge.Analysis;

/// <summary>
/// Finds the phrases of an <see cref="EnglishGlossary"/> in a question, longest first, comparing stems so that
/// "fired", "firing" and "fire" are one entry. Stop words are kept: "laid off" and "time off" are phrases of them.
/// Thread-safe; one instance serves all searches.
/// </summary>
public sealed class EnglishPhraseMatcher : IDisposable
{
    private readonly Analyzer _stems = new EnglishLegalAnalyzer(removeStopWords: false);
    private readonly Dictionary<string, List<(string[] Stems, EnglishGlossaryEntry Entry)>> _byFirstStem = new(StringComparer.Ordinal);

    /// <summary>Indexes the glossary's phrases by their stems.</summary>
    public EnglishPhraseMatcher(EnglishGlossary glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        foreach (var entry in glossary.Entries)
        {
            var stems = Stems(entry.Phrase).ToArray();
            if (stems.Length == 0)
                continue;
            if (!_byFirstStem.TryGetValue(stems[0], out var phrases))
                _byFirstStem[stems[0]] = phrases = [];
            phrases.Add((stems, entry));
        }
        foreach (var phrases in _byFirstStem.Values)
            phrases.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
    }

    /// <summary>The entries whose phrases occur in <paramref name="text"/>, without overlaps, in order.</summary>
    public IReadOnlyList<EnglishGlossaryEntry> Find(string text)
    {
        if (_byFirstStem.Count == 0 || string.IsNullOrWhiteSpace(text))
            return [];
        var words = Stems(text);
        var found = new List<EnglishGlossaryEntry>();
        var i = 0;
        while (i < words.Count)
        {
            var match = _byFirstStem.TryGetValue(words[i], out var phrases)
                ? phrases.FirstOrDefault(p => StartsAt(words, i, p.Stems))
                : default;
            if (match.Entry is null)
            {
                i++;
                continue;
            }
            if (!found.Contains(match.Entry))
                found.Add(match.Entry);
            i += match.Stems.Length;
        }
        return found;
    }

    private static bool StartsAt(List<string> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
            return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[start + k], phrase[k], StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    private List<string> Stems(string text)
    {
        var stems = new List<string>();
        using var stream = _stems.GetTokenStream("phrase", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            stems.Add(term.ToString());
        stream.End();
        return stems;
    }

    /// <inheritdoc />
    public void Dispose() => _stems.Dispose();
}

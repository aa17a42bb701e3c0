using System.Collections.ObjectModel;

namespace Assistant.Knowledge.Analysis;

/// <summary>
/// The curated labor-law glossary: colloquial words workers use, the statute terms they mean,
/// and statute terms worth matching as whole words.
/// </summary>
/// <remarks>
/// Format, one entry per line, UTF-8:
/// <list type="bullet">
/// <item><c>colloquial&lt;TAB&gt;statute term|statute term…</c> — a synonym entry;</item>
/// <item><c>statute term</c> — a dictionary word, no synonyms;</item>
/// <item>blank lines and lines starting with <c>#</c> are ignored.</item>
/// </list>
/// Terms are width-folded and lower-cased on load, so <c>Ｎ＋１</c> and <c>n+1</c> are one word.
/// </remarks>
public sealed class Glossary
{
    private const string DefaultResourceName = "Assistant.Knowledge.Analysis.Glossary.labor-glossary.tsv";

    private readonly Dictionary<string, IReadOnlyList<string>> _synonyms;

    private Glossary(
        Dictionary<string, IReadOnlyList<string>> synonyms,
        List<string> statuteTerms,
        List<string> words)
    {
        _synonyms = synonyms;
        Synonyms = new ReadOnlyDictionary<string, IReadOnlyList<string>>(synonyms);
        StatuteTerms = statuteTerms.AsReadOnly();
        Words = words.AsReadOnly();
        Matcher = new GlossaryMatcher(words);
    }

    /// <summary>Colloquial word → the statute terms it means, in file order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms { get; }

    /// <summary>The single-column entries: statute terms listed as dictionary words.</summary>
    public IReadOnlyList<string> StatuteTerms { get; }

    /// <summary>Every dictionary word (colloquial words, synonym targets and statute terms), distinct.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Forward-maximum-match over <see cref="Words"/>.</summary>
    internal GlossaryMatcher Matcher { get; }

    /// <summary>Loads the glossary embedded in this assembly (<c>Analysis/Glossary/labor-glossary.tsv</c>).</summary>
    /// <returns>The parsed glossary; callers should keep and share it, it is immutable.</returns>
    public static Glossary LoadDefault()
    {
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses a glossary in the format described on <see cref="Glossary"/>.</summary>
    /// <param name="reader">The glossary text.</param>
    /// <returns>The parsed glossary.</returns>
    /// <exception cref="GlossaryFormatException">A line is malformed; the exception names the line.</exception>
    public static Glossary Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var synonyms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var statuteTerms = new List<string>();
        var seenStatuteTerms = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        var seenWords = new HashSet<string>(StringComparer.Ordinal);

        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            // Split the untrimmed line: trimming first would swallow a tab next to an empty column.
            var columns = line.Split('\t');
            if (columns.Length > 2)
            {
                throw new GlossaryFormatException(lineNumber, "expected at most two tab-separated columns.");
            }

            var head = Term(columns[0], lineNumber);
            if (columns.Length == 1)
            {
                if (seenStatuteTerms.Add(head))
                {
                    statuteTerms.Add(head);
                }

                AddWord(head);
                continue;
            }

            if (synonyms.ContainsKey(head))
            {
                throw new GlossaryFormatException(lineNumber, $"duplicate colloquial word '{head}'.");
            }

            var targets = new List<string>();
            foreach (var part in columns[1].Split('|'))
            {
                var target = Term(part, lineNumber);
                if (target != head && !targets.Contains(target))
                {
                    targets.Add(target);
                }
            }

            if (targets.Count == 0)
            {
                throw new GlossaryFormatException(lineNumber, $"'{head}' maps to no statute term other than itself.");
            }

            synonyms.Add(head, targets.AsReadOnly());
            AddWord(head);
            targets.ForEach(AddWord);
        }

        return new Glossary(synonyms, statuteTerms, words);

        void AddWord(string word)
        {
            if (seenWords.Add(word))
            {
                words.Add(word);
            }
        }
    }

    /// <summary>The statute terms a colloquial word maps to; empty when it maps to none.</summary>
    /// <param name="word">A dictionary word, folded (as the tokenizer emits it).</param>
    /// <returns>The statute terms, never including <paramref name="word"/> itself.</returns>
    public IReadOnlyList<string> StatuteTermsFor(string word) =>
        _synonyms.TryGetValue(word, out var targets) ? targets : [];

    private static string Term(string raw, int lineNumber)
    {
        var term = TextFolding.Fold(raw.Trim());
        if (term.Length == 0)
        {
            throw new GlossaryFormatException(lineNumber, "empty term.");
        }

        foreach (var c in term)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new GlossaryFormatException(lineNumber, $"term '{term}' contains whitespace or a control character.");
            }
        }

        return term;
    }
}

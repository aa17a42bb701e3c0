using System.Collections.ObjectModel;
using System.Security.Cryptography;
using System.Text;

namespace Assistant.Knowledge.Analysis;

/// <summary>
/// The curated glossary: colloquial words workers use, the statute terms they mean, and statute terms worth
/// matching as whole words. The labor-law file is the core; further files cover the everyday legal questions
/// workers also bring (debts, family, neighbours, crime and the courts).
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
    private const string ResourcePrefix = "Assistant.Knowledge.Analysis.Glossary.";

    private readonly Dictionary<string, IReadOnlyList<string>> _synonyms;

    private Glossary(
        Dictionary<string, IReadOnlyList<string>> synonyms,
        List<string> statuteTerms,
        List<string> words,
        EnglishGlossary english)
    {
        _synonyms = synonyms;
        English = english;
        Synonyms = new ReadOnlyDictionary<string, IReadOnlyList<string>>(synonyms);
        StatuteTerms = statuteTerms.AsReadOnly();
        Words = words.AsReadOnly();
        Matcher = new GlossaryMatcher(words);
        Fingerprint = ComputeFingerprint(synonyms, words);
    }

    /// <summary>
    /// Identifies the Chinese side's content (the English side analyses questions only): an index records the fingerprint of the glossary it was analysed with, so a
    /// glossary changed by an upgrade is noticed instead of leaving new words unmatched in the glossary field.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>The English side: everyday English phrases and the wording that answers them.</summary>
    public EnglishGlossary English { get; }

    /// <summary>Colloquial word → the statute terms it means, in file order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms { get; }

    /// <summary>The single-column entries: statute terms listed as dictionary words.</summary>
    public IReadOnlyList<string> StatuteTerms { get; }

    /// <summary>Every dictionary word (colloquial words, synonym targets and statute terms), distinct.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Forward-maximum-match over <see cref="Words"/>.</summary>
    internal GlossaryMatcher Matcher { get; }

    /// <summary>The glossary files embedded in this assembly (<c>Analysis/Glossary/*.tsv</c>), by file name.</summary>
    public static IReadOnlyList<string> DefaultFileNames { get; } = typeof(Glossary).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".tsv", StringComparison.Ordinal))
        .Select(name => name[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList()
        .AsReadOnly();

    /// <summary>Loads and merges the glossary files embedded in this assembly (<c>Analysis/Glossary/*.tsv</c>), with the
    /// embedded English glossary as its <see cref="English"/> side.</summary>
    /// <returns>The parsed glossary; callers should keep and share it, it is immutable.</returns>
    /// <exception cref="GlossaryFormatException">A line is malformed, or a colloquial word is in two files.</exception>
    public static Glossary LoadDefault()
    {
        if (DefaultFileNames.Count == 0)
            throw new InvalidOperationException($"No embedded glossary resource under {ResourcePrefix}.");
        var readers = DefaultFileNames.Select(name => (name, OpenDefaultFile(name))).ToList();
        try
        {
            return Parse(readers, EnglishGlossary.LoadDefault());
        }
        finally
        {
            readers.ForEach(file => file.Item2.Dispose());
        }
    }

    /// <summary>Parses and merges several glossary files, in order.</summary>
    /// <param name="files">Each file's name (for error messages) and text.</param>
    /// <returns>The merged glossary.</returns>
    /// <exception cref="GlossaryFormatException">A line is malformed, or a colloquial word is defined twice; the
    /// exception names the file and the line.</exception>
    public static Glossary Parse(IEnumerable<(string Name, TextReader Text)> files) => Parse(files, EnglishGlossary.Empty);

    private static Glossary Parse(IEnumerable<(string Name, TextReader Text)> files, EnglishGlossary english)
    {
        ArgumentNullException.ThrowIfNull(files);
        var builder = new Builder();
        foreach (var (name, text) in files)
            builder.Add(text, name);
        return builder.Build(english);
    }

    /// <summary>Opens one embedded glossary file, as listed in <see cref="DefaultFileNames"/>.</summary>
    public static TextReader OpenDefaultFile(string fileName)
    {
        var stream = typeof(Glossary).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new ArgumentException($"No embedded glossary file '{fileName}'.", nameof(fileName));
        return new StreamReader(stream);
    }

    /// <summary>Parses a glossary in the format described on <see cref="Glossary"/>.</summary>
    /// <param name="reader">The glossary text.</param>
    /// <returns>The parsed glossary.</returns>
    /// <exception cref="GlossaryFormatException">A line is malformed; the exception names the line.</exception>
    public static Glossary Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new Builder();
        builder.Add(reader, source: null);
        return builder.Build(EnglishGlossary.Empty);
    }

    private static string ComputeFingerprint(Dictionary<string, IReadOnlyList<string>> synonyms, List<string> words)
    {
        var canonical = new StringBuilder();
        foreach (var word in words.Order(StringComparer.Ordinal))
            canonical.Append(word).Append('\n');
        foreach (var (word, targets) in synonyms.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            canonical.Append(word).Append('\t').AppendJoin('|', targets).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))[..16];
    }

    /// <summary>The statute terms a colloquial word maps to; empty when it maps to none.</summary>
    /// <param name="word">A dictionary word, folded (as the tokenizer emits it).</param>
    /// <returns>The statute terms, never including <paramref name="word"/> itself.</returns>
    public IReadOnlyList<string> StatuteTermsFor(string word) =>
        _synonyms.TryGetValue(word, out var targets) ? targets : [];

    // Accumulates files in order; a colloquial word may be defined once across all of them.
    private sealed class Builder
    {
        private readonly Dictionary<string, IReadOnlyList<string>> _synonyms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _synonymSources = new(StringComparer.Ordinal);
        private readonly List<string> _statuteTerms = [];
        private readonly HashSet<string> _seenStatuteTerms = new(StringComparer.Ordinal);
        private readonly List<string> _words = [];
        private readonly HashSet<string> _seenWords = new(StringComparer.Ordinal);

        public void Add(TextReader reader, string? source)
        {
            foreach (var (lineNumber, line) in GlossaryLines.Read(reader))
            {
                var columns = line.Split('\t');
                if (columns.Length > 2)
                    throw new GlossaryFormatException(lineNumber, "expected at most two tab-separated columns.", source);

                var head = Term(columns[0], lineNumber, source);
                if (columns.Length == 1)
                {
                    if (_seenStatuteTerms.Add(head))
                        _statuteTerms.Add(head);
                    AddWord(head);
                    continue;
                }

                if (_synonymSources.TryGetValue(head, out var firstSource))
                {
                    var where = firstSource is not null && firstSource != source ? $" (already in {firstSource})" : string.Empty;
                    throw new GlossaryFormatException(lineNumber, $"duplicate colloquial word '{head}'{where}.", source);
                }

                var targets = new List<string>();
                foreach (var part in columns[1].Split('|'))
                {
                    var target = Term(part, lineNumber, source);
                    if (target != head && !targets.Contains(target))
                        targets.Add(target);
                }

                if (targets.Count == 0)
                    throw new GlossaryFormatException(lineNumber, $"'{head}' maps to no statute term other than itself.", source);

                _synonyms.Add(head, targets.AsReadOnly());
                _synonymSources.Add(head, source);
                AddWord(head);
                targets.ForEach(AddWord);
            }
        }

        public Glossary Build(EnglishGlossary english) => new(_synonyms, _statuteTerms, _words, english);

        private void AddWord(string word)
        {
            if (_seenWords.Add(word))
                _words.Add(word);
        }

        private static string Term(string raw, int lineNumber, string? source)
        {
            var term = TextFolding.Fold(raw.Trim());
            if (term.Length == 0)
                throw new GlossaryFormatException(lineNumber, "empty term.", source);

            foreach (var c in term)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                    throw new GlossaryFormatException(lineNumber, $"term '{term}' contains whitespace or a control character.", source);
            }

            return term;
        }
    }
}

namespace Assistant.Knowledge.Analysis;

/// <summary>
/// Everyday English words and phrases workers use (fired, laid off, hurt at work, PTO) and the wording of the English
/// texts that answer them (dismiss, layoff, work injury, paid annual leave).
/// </summary>
/// <remarks>
/// Format, one entry per line, UTF-8: <c>colloquial phrase&lt;TAB&gt;statute term|statute term…</c>; words inside a
/// phrase or term are separated by single spaces; blank lines and lines starting with <c>#</c> are ignored. Only the
/// question side uses it (English articles have no glossary field), so it plays no part in the glossary fingerprint.
/// </remarks>
public sealed class EnglishGlossary
{
    private const string ResourceName = "Assistant.Knowledge.Analysis.EnglishGlossary.english-glossary.tsv";

    private EnglishGlossary(IReadOnlyList<EnglishGlossaryEntry> entries) => Entries = entries;

    /// <summary>A glossary with no entries.</summary>
    public static EnglishGlossary Empty { get; } = new([]);

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<EnglishGlossaryEntry> Entries { get; }

    /// <summary>Loads the glossary embedded in this assembly (<c>Analysis/EnglishGlossary/english-glossary.tsv</c>).</summary>
    public static EnglishGlossary LoadDefault()
    {
        using var stream = typeof(EnglishGlossary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "english-glossary.tsv");
    }

    /// <summary>Parses a glossary in the format described on <see cref="EnglishGlossary"/>.</summary>
    /// <exception cref="GlossaryFormatException">A line is malformed; the exception names the line.</exception>
    public static EnglishGlossary Parse(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<EnglishGlossaryEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lineNumber, line) in GlossaryLines.Read(reader))
        {
            var columns = line.Split('\t');
            if (columns.Length != 2)
                throw new GlossaryFormatException(lineNumber, "expected a phrase, a tab and its terms.", source);
            var phrase = Phrase(columns[0], lineNumber, source);
            if (!seen.Add(phrase))
                throw new GlossaryFormatException(lineNumber, $"duplicate colloquial phrase '{phrase}'.", source);
            var targets = columns[1].Split('|').Select(t => Phrase(t, lineNumber, source)).Where(t => t != phrase).Distinct().ToList();
            if (targets.Count == 0)
                throw new GlossaryFormatException(lineNumber, $"'{phrase}' maps to no term other than itself.", source);
            entries.Add(new EnglishGlossaryEntry(phrase, targets.AsReadOnly()));
        }
        return new EnglishGlossary(entries.AsReadOnly());
    }

    private static string Phrase(string raw, int lineNumber, string? source)
    {
        var words = raw.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            throw new GlossaryFormatException(lineNumber, "empty phrase.", source);
        if (words.Any(w => w.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))))
            throw new GlossaryFormatException(lineNumber, $"'{raw.Trim()}' contains a control character or a tab.", source);
        return string.Join(' ', words);
    }
}

/// <summary>One English glossary entry.</summary>
/// <param name="Phrase">What a worker says, lower case, words separated by single spaces.</param>
/// <param name="Terms">The wording of the texts that answer it.</param>
public sealed record EnglishGlossaryEntry(string Phrase, IReadOnlyList<string> Terms);

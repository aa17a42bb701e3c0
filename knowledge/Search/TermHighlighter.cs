using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Indexing;

namespace Assistant.Knowledge.Search;

/// <summary>
/// Finds which parts of a question an article contains: the longest runs of the question found in the text
/// (two characters or more), and the statute terms the question's colloquial words stand for.
/// The same matches give the coverage the support judgment uses.
/// </summary>
internal sealed class TermHighlighter
{
    private const int MaxQuestionCharacters = 300;
    private readonly AnalyzerSet _analyzers;

    public TermHighlighter(AnalyzerSet analyzers) => _analyzers = analyzers;

    public Highlight Find(AnalyzedQuestion question, string text)
    {
        return question.Normalized.Language == DocumentLanguage.English
            ? FindEnglish(question, text)
            : FindChinese(question, text);
    }

    private static Highlight FindChinese(AnalyzedQuestion question, string text)
    {
        var normalized = question.Normalized.Text;
        var content = normalized.Length > MaxQuestionCharacters ? normalized[..MaxQuestionCharacters] : normalized;
        var lowered = text.ToLowerInvariant();
        var covered = new bool[content.Length];
        var terms = new List<string>();
        var runs = 0;
        var longestRun = 0;

        var start = 0;
        while (start < content.Length)
        {
            if (!IsContent(content[start]))
            {
                start++;
                continue;
            }
            var length = 0;
            while (start + length < content.Length && IsContent(content[start + length]) &&
                   lowered.Contains(content.AsSpan(start, length + 1), StringComparison.Ordinal))
                length++;
            if (length >= 2)
            {
                terms.Add(content.Substring(start, length));
                runs++;
                longestRun = Math.Max(longestRun, length);
                Array.Fill(covered, true, start, length);
                start += length;
            }
            else
            {
                start++;
            }
        }

        // A colloquial word counts as covered when the statute term it stands for is in the text.
        var domain = question.Normalized.GlossaryWords.Any(w => lowered.Contains(w, StringComparison.Ordinal));
        foreach (var word in question.Normalized.GlossaryWords)
        {
            var statuteTerm = question.Normalized.Expansions.FirstOrDefault(e => lowered.Contains(e, StringComparison.Ordinal));
            if (statuteTerm is null || lowered.Contains(word, StringComparison.Ordinal))
                continue;
            domain = true;
            var at = content.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
                Array.Fill(covered, true, at, word.Length);
            if (!terms.Contains(statuteTerm))
                terms.Add(statuteTerm);
        }

        var total = 0;
        var hit = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (!IsContent(content[i]))
                continue;
            total++;
            if (covered[i])
                hit++;
        }
        return new Highlight(terms, total == 0 ? 0 : (double)hit / total, total, covered, runs, longestRun, domain);
    }

    private Highlight FindEnglish(AnalyzedQuestion question, string text)
    {
        if (question.EnglishTerms.Count == 0)
            return new Highlight([], 0, 0, [], 0, 0, false);
        var textTerms = new HashSet<string>(
            TokenLists.Distinct(_analyzers.English, IndexFields.TextEnglish, text, 4_000), StringComparer.Ordinal);
        var matched = question.EnglishTerms.Where(textTerms.Contains).ToList();
        var coveredFlags = question.EnglishTerms.Select(textTerms.Contains).ToArray();
        // An everyday phrase counts as covered when the wording it stands for is in the text, and is domain evidence
        // like a Chinese glossary word; without one, two matched content words stand for it.
        var domain = matched.Count >= 2;
        foreach (var synonym in question.EnglishSynonyms)
        {
            var found = synonym.StatuteTerms.Where(textTerms.Contains).ToList();
            if (found.Count == 0)
                continue;
            domain = true;
            for (var i = 0; i < question.EnglishTerms.Count; i++)
                coveredFlags[i] |= synonym.QuestionTerms.Contains(question.EnglishTerms[i]);
            matched.AddRange(found.Where(t => !matched.Contains(t)));
        }
        var covered = coveredFlags.Count(c => c);
        return new Highlight(matched, (double)covered / question.EnglishTerms.Count, question.EnglishTerms.Count, coveredFlags,
            matched.Count, matched.Count > 0 ? 1 : 0, domain);
    }

    private static bool IsContent(char c) => char.IsLetterOrDigit(c);
}

/// <summary>What of a question one article contains.</summary>
/// <param name="Terms">The matched runs and statute terms.</param>
/// <param name="Coverage">Share of the question's content characters (English: terms) covered.</param>
/// <param name="ContentSize">How many content characters (English: terms) the question has.</param>
/// <param name="Covered">Per content position, whether it was covered.</param>
/// <param name="Runs">How many distinct runs of the question (English: words) the text contains.</param>
/// <param name="LongestRun">The longest run's length in characters (English: 1 per word).</param>
/// <param name="DomainMatch">The text contains a glossary word of the question or the statute term it stands for.</param>
internal sealed record Highlight(
    IReadOnlyList<string> Terms, double Coverage, int ContentSize, bool[] Covered, int Runs, int LongestRun, bool DomainMatch);

using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Generation;

/// <summary>
/// Accepts a generated answer only when it cites at least one article and every citation ([n], [n, m], 【n】) is
/// one of the articles the model was given.
/// </summary>
public sealed partial class CitationValidator
{
    /// <summary>Every article number cited in <paramref name="text"/>, in order of appearance, duplicates kept.</summary>
    public IReadOnlyList<int> FindCitations(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbers = new List<int>();
        foreach (Match match in Citation().Matches(text))
        {
            foreach (Capture capture in match.Groups["n"].Captures)
            {
                numbers.Add(int.TryParse(capture.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1);
            }
        }

        return numbers;
    }

    /// <summary>The answer, trimmed, with its distinct citations; null when it cites nothing or cites an article not given.</summary>
    public GeneratedAnswer? Validate(string? text, IReadOnlyCollection<int> givenNumbers)
    {
        ArgumentNullException.ThrowIfNull(givenNumbers);
        if (string.IsNullOrWhiteSpace(text))
            return null;

        var cited = FindCitations(text);
        if (cited.Count == 0 || cited.Any(n => !givenNumbers.Contains(n)))
            return null;

        return new GeneratedAnswer(text.Trim(), [.. cited.Distinct().Order()]);
    }

    /// <summary>[1], [1,2], [1, 2], [1、2], 【1】, 【1，2】; only ASCII digits count.</summary>
    [GeneratedRegex(@"[\[【]\s*(?<n>[0-9]{1,3})(?:\s*[,，、]\s*(?<n>[0-9]{1,3}))*\s*[\]】]")]
    private static partial Regex Citation();
}

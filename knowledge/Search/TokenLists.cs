using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Knowledge.Search;

/// <summary>Runs an analyzer over text and collects distinct terms in order of first appearance.</summary>
internal static class TokenLists
{
    public static List<string> Distinct(Analyzer analyzer, string field, string text, int max)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text) || max <= 0)
            return terms;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (seen.Add(value))
            {
                terms.Add(value);
                if (terms.Count >= max)
                    break;
            }
        }
        stream.End();
        return terms;
    }
}

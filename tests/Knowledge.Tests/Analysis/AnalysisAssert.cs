using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Knowledge.Tests.Analysis;

/// <summary>Runs an analyzer the way the indexer does and records every token.</summary>
internal static class AnalysisAssert
{
    internal sealed record Token(string Term, int Start, int End, int PositionIncrement);

    internal sealed record Result(IReadOnlyList<Token> Tokens, int FinalOffset)
    {
        public string[] Terms => Tokens.Select(t => t.Term).ToArray();
    }

    public static Result Analyze(Analyzer analyzer, string text) =>
        Consume(analyzer.GetTokenStream("field", new StringReader(text)));

    public static Result Consume(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            var tokens = new List<Token>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
            }

            stream.End();
            var finalOffset = offset.EndOffset;
            return new Result(tokens, finalOffset);
        }
    }

    /// <summary>Exact token list, like Lucene's <c>assertAnalyzesTo</c>.</summary>
    public static void AnalyzesTo(Analyzer analyzer, string text, params string[] expected) =>
        Assert.Equal(expected, Analyze(analyzer, text).Terms);
}

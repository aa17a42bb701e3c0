using Assistant.Knowledge.Analysis;

namespace Assistant.Knowledge.Tests.Analysis;

public sealed class EnglishLegalAnalyzerTests
{
    [Fact]
    public void Stems_and_drops_stop_words_and_possessives()
    {
        using var analyzer = new EnglishLegalAnalyzer();
        AnalysisAssert.AnalyzesTo(analyzer, "The employees' contracts were terminated by the Employer's decision",
            "employe", "contract", "were", "termin", "employ", "decis");
    }

    [Theory]
    [InlineData("employees", "employe")]
    [InlineData("terminated", "termin")]
    [InlineData("termination", "termin")]
    [InlineData("Compensation", "compens")]
    [InlineData("wages", "wage")]
    public void Single_words_stem(string word, string stem)
    {
        using var analyzer = new EnglishLegalAnalyzer();
        AnalysisAssert.AnalyzesTo(analyzer, word, stem);
    }

    [Fact]
    public void Analyzer_is_reusable_and_offsets_are_original()
    {
        using var analyzer = new EnglishLegalAnalyzer();
        AnalysisAssert.AnalyzesTo(analyzer, "Overtime pay", "overtim", "pai");
        var result = AnalysisAssert.Analyze(analyzer, "an employer");
        Assert.Equal([new("employ", 3, 11, 2)], result.Tokens);
        Assert.Equal(11, result.FinalOffset);
    }
}

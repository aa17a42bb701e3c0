using Assistant.Knowledge.Analysis;

namespace Assistant.Knowledge.Tests.Analysis;

public sealed class ChineseBigramAnalyzerTests
{
    [Fact]
    public void Law_title_with_article_number_gives_unigrams_and_bigrams()
    {
        using var analyzer = new ChineseBigramAnalyzer();
        AnalysisAssert.AnalyzesTo(analyzer, "劳动合同法第四十七条",
            "劳", "劳动", "动", "动合", "合", "合同", "同", "同法", "法", "法第",
            "第", "第四", "四", "四十", "十", "十七", "七", "七条", "条");
    }

    [Fact]
    public void Bigrams_sit_on_the_position_of_their_first_character()
    {
        using var analyzer = new ChineseBigramAnalyzer();
        var tokens = AnalysisAssert.Analyze(analyzer, "工资").Tokens;
        Assert.Equal(
            [new("工", 0, 1, 1), new("工资", 0, 2, 0), new("资", 1, 2, 1)],
            tokens);
    }

    [Fact]
    public void Full_width_letters_and_digits_fold_to_lower_case_ascii()
    {
        using var analyzer = new ChineseBigramAnalyzer();
        AnalysisAssert.AnalyzesTo(analyzer, "第47条ＡＢＣ１２３工资",
            "第", "47", "条", "abc123", "工", "工资", "资");
    }

    [Fact]
    public void Digits_break_a_han_run_so_no_bigram_spans_a_number()
    {
        using var analyzer = new ChineseBigramAnalyzer();
        var result = AnalysisAssert.Analyze(analyzer, "第47条");
        Assert.Equal(["第", "47", "条"], result.Terms);
        Assert.Equal(4, result.FinalOffset);
    }

    [Fact]
    public void Analyzer_is_reusable_for_consecutive_texts()
    {
        using var analyzer = new ChineseBigramAnalyzer();
        AnalysisAssert.AnalyzesTo(analyzer, "年假", "年", "年假", "假");
        AnalysisAssert.AnalyzesTo(analyzer, "加班费", "加", "加班", "班", "班费", "费");
    }
}

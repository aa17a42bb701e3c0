using Assistant.Knowledge.Analysis;

namespace Assistant.Knowledge.Tests.Analysis;

public sealed class GlossaryAnalyzerTests
{
    private static readonly Glossary Default = Glossary.LoadDefault();

    private static AnalysisAssert.Result Analyze(string text)
    {
        using var analyzer = new GlossaryAnalyzer(Default);
        return AnalysisAssert.Analyze(analyzer, text);
    }

    [Fact]
    public void Dismissal_question_gets_statute_terms_at_the_same_positions()
    {
        var result = Analyze("被开除了有没有赔偿");
        Assert.Equal(
            [
                new("开除", 1, 3, 1), new("解除劳动合同", 1, 3, 0),
                new("赔偿", 7, 9, 1), new("经济补偿", 7, 9, 0), new("赔偿金", 7, 9, 0),
            ],
            result.Tokens);
        Assert.Equal(9, result.FinalOffset);
    }

    [Fact]
    public void Question_and_statute_share_tokens()
    {
        var question = Analyze("被开除了有没有赔偿").Terms;
        var statute = Analyze("用人单位依照本法第四十条规定解除劳动合同的，应当向劳动者支付经济补偿。").Terms;
        Assert.Equal(["用人单位", "解除劳动合同", "劳动者", "经济补偿"], statute);
        Assert.Equal(["解除劳动合同", "经济补偿"], question.Intersect(statute));
    }

    [Theory]
    [InlineData("年假有几天", "年假", "年休假")]
    [InlineData("公司不给加班费", "公司", "用人单位")]
    [InlineData("公司不给加班费", "加班费", "延长工作时间的工资报酬")]
    [InlineData("拖欠工资", "拖欠工资", "拖欠劳动报酬")]
    [InlineData("五险一金", "五险一金", "社会保险")]
    [InlineData("五险一金", "五险一金", "住房公积金")]
    [InlineData("辞职", "辞职", "解除劳动合同")]
    [InlineData("代通知金怎么算", "代通知金", "额外支付劳动者一个月工资")]
    [InlineData("裁员有没有n+1", "裁员", "经济性裁员")]
    [InlineData("怀孕了公司要辞退我", "怀孕", "孕期")]
    [InlineData("自愿放弃年休假的协议有效吗", "有效吗", "无效")]
    [InlineData("外包工算劳动关系吗", "算劳动关系", "建立劳动关系")]
    public void Colloquial_word_is_kept_and_followed_by_its_statute_term(string text, string colloquial, string statuteTerm)
    {
        var tokens = Analyze(text).Tokens;
        var original = Assert.Single(tokens, t => t.Term == colloquial);
        var synonym = Assert.Single(tokens, t => t.Term == statuteTerm);
        Assert.Equal(0, synonym.PositionIncrement);
        Assert.Equal((original.Start, original.End), (synonym.Start, synonym.End));
    }

    [Fact]
    public void Exact_tokens_for_an_overtime_question()
    {
        AnalysisAssert.AnalyzesTo(new GlossaryAnalyzer(Default), "公司不给加班费",
            "公司", "用人单位", "加班费", "延长工作时间的工资报酬", "延长工作时间工资报酬");
    }

    [Fact]
    public void Analyzer_is_reusable_for_consecutive_texts()
    {
        using var analyzer = new GlossaryAnalyzer(Default);
        var first = AnalysisAssert.Analyze(analyzer, "年假有几天");
        var second = AnalysisAssert.Analyze(analyzer, "拖欠工资");

        Assert.Equal(["年假", "年休假", "带薪年休假"], first.Terms);
        Assert.Equal(5, first.FinalOffset);
        Assert.Equal(["拖欠工资", "拖欠劳动报酬", "支付劳动报酬", "拖欠"], second.Terms);
        Assert.Equal(4, second.FinalOffset);
    }

    [Fact]
    public void Glossary_without_synonyms_still_analyzes()
    {
        using var analyzer = new GlossaryAnalyzer(Glossary.Parse(new StringReader("劳动合同\n试用期\n")));
        AnalysisAssert.AnalyzesTo(analyzer, "劳动合同约定试用期", "劳动合同", "试用期");
    }

    [Fact]
    public void Long_input_through_the_synonym_filter_keeps_the_final_offset()
    {
        var text = string.Concat(Enumerable.Repeat("老板欠薪不给加班费", 12_000));
        var result = Analyze(text);
        Assert.Equal(text.Length, result.FinalOffset);
        Assert.Equal(12_000 * 3, result.Tokens.Count(t => t.PositionIncrement == 1));
    }
}

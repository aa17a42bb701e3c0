using Assistant.Bot.Generation;

namespace Assistant.Bot.Tests.Generation;

public sealed class ExpansionTermsTests
{
    [Theory]
    [InlineData("经济补偿；工作年限；用人单位", "经济补偿；工作年限；用人单位")]
    [InlineData("经济补偿;工作年限, 用人单位，劳动者、劳动合同法", "经济补偿；工作年限；用人单位；劳动者；劳动合同法")]
    [InlineData("1. 经济补偿\n2) 工作年限\r\n3、用人单位\n（4）劳动者\n⑤ 劳动合同法", "经济补偿；工作年限；用人单位；劳动者；劳动合同法")]
    [InlineData("- 经济补偿\n* 工作年限\n• **用人单位**\n· “劳动者”", "经济补偿；工作年限；用人单位；劳动者")]
    [InlineData("一、经济补偿\n二、工作年限", "经济补偿；工作年限")]
    [InlineData("关键词：经济补偿；《劳动合同法》；\"工作年限\"。", "经济补偿；劳动合同法；工作年限")]
    [InlineData("Terms: severance pay; Employer; employer; length of service.", "severance pay；Employer；length of service")]
    [InlineData("加班工资按1.5倍支付；经济补偿（N）", "加班工资按1.5倍支付；经济补偿（N）")]
    public void A_reply_becomes_distinct_clean_terms_joined_with_the_chinese_semicolon(string reply, string expected)
    {
        Assert.Equal(expected, ExpansionTerms.Sanitize(reply));
    }

    [Fact]
    public void Duplicates_are_kept_once_in_first_order()
    {
        Assert.Equal("经济补偿；工作年限", ExpansionTerms.Sanitize("经济补偿；工作年限；经济补偿；  经济补偿 ；工作年限"));
    }

    [Fact]
    public void An_item_longer_than_a_term_is_dropped()
    {
        var sentence = "用人单位解除劳动合同时应当按照劳动者在本单位的工作年限支付经济补偿";
        Assert.True(sentence.Length > ExpansionTerms.MaxTermLength);
        var longest = new string('法', ExpansionTerms.MaxTermLength);

        Assert.Equal("经济补偿；" + longest, ExpansionTerms.Sanitize(sentence + "；经济补偿；" + longest + "；" + longest + "法"));
    }

    [Fact]
    public void A_judicial_interpretations_title_and_a_long_english_law_name_are_terms_an_english_sentence_is_not()
    {
        const string interpretation = "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）";
        const string englishLaw = "Labor Contract Law of the People's Republic of China";
        const string englishSentence = "the employer has to pay one month of wages for every full year the employee worked";

        Assert.Equal(interpretation + "；" + englishLaw, ExpansionTerms.Sanitize(interpretation + "\n" + englishLaw + "\n" + englishSentence));
    }

    [Fact]
    public void At_most_eight_terms_are_kept()
    {
        var terms = Enumerable.Range(1, 12).Select(i => "术语" + (char)('甲' + i)).ToList();

        var expansion = ExpansionTerms.Sanitize(string.Join("\n", terms))!;

        Assert.Equal(ExpansionTerms.MaxTerms, expansion.Split('；').Length);
        Assert.Equal(string.Join("；", terms.Take(ExpansionTerms.MaxTerms)), expansion);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    [InlineData("；；\n、,")]
    [InlineData("1.\n2.\n- \n“”")]
    [InlineData("关键词：\n")]
    public void Nothing_usable_gives_null(string? reply)
    {
        Assert.Null(ExpansionTerms.Sanitize(reply));
    }
}

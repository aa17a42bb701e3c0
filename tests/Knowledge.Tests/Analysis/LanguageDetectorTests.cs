using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Tests.Analysis;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("被开除了有没有赔偿", DocumentLanguage.Chinese)]
    [InlineData("公司不给N+1怎么办", DocumentLanguage.Chinese)]
    [InlineData("HR说我的offer取消了", DocumentLanguage.Chinese)]
    [InlineData("Can my employer fire me without notice?", DocumentLanguage.English)]
    [InlineData("What does Article 47 of the 劳动合同法 say about severance pay?", DocumentLanguage.English)]
    [InlineData("", DocumentLanguage.Chinese)]
    [InlineData("   ", DocumentLanguage.Chinese)]
    [InlineData("?!…（）", DocumentLanguage.Chinese)]
    [InlineData("12345", DocumentLanguage.Chinese)]
    [InlineData("𠀀𠀁", DocumentLanguage.Chinese)]
    public void Detects(string text, DocumentLanguage expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Fact]
    public void Exactly_twenty_percent_ideographs_is_chinese()
    {
        Assert.Equal(DocumentLanguage.Chinese, LanguageDetector.Detect("工abcd"));
        Assert.Equal(DocumentLanguage.English, LanguageDetector.Detect("工abcde"));
    }

    [Fact]
    public void Lone_surrogates_do_not_throw() =>
        Assert.Equal(DocumentLanguage.Chinese, LanguageDetector.Detect("\uD800工\uDC00"));
}

using Assistant.Bot.Privacy;

namespace Assistant.Bot.Tests.Generation;

public sealed class SensitiveDataMaskerTests
{
    private readonly SensitiveDataMasker _masker = new();

    [Theory]
    [InlineData("我的手机13812345678", "我的手机138****5678")]
    [InlineData("电话 138-1234-5678 找我", "电话 138-****-5678 找我")]
    [InlineData("身份证110101199003071234", "身份证1101**********1234")]
    [InlineData("身份证号11010119900307123X。", "身份证号1101**********123X。")]
    [InlineData("工资卡6222021234567891234", "工资卡6222***********1234")]
    [InlineData("卡号 6222 0212 3456 1234 已冻结", "卡号 6222 **** **** 1234 已冻结")]
    [InlineData("单位电话010-12345678", "单位电话010-****5678")]
    [InlineData("(0755)1234567", "(0755)***4567")]
    [InlineData("call 13912345678 or 13712345678", "call 139****5678 or 137****5678")]
    public void Personal_numbers_are_masked(string text, string expected) =>
        Assert.Equal(expected, _masker.Mask(text));

    [Theory]
    [InlineData("劳动合同法第47条规定，月工资5000元，2024-01-01起算")]
    [InlineData("工作满12个月，支付3倍工资，20240101")]
    [InlineData("")]
    [InlineData("Article 47 of the Labor Contract Law")]
    public void Article_numbers_amounts_and_dates_are_left_alone(string text) =>
        Assert.Equal(text, _masker.Mask(text));

    [Fact]
    public void A_number_longer_than_any_card_is_not_partly_masked_as_a_card() =>
        Assert.Equal("12345678901234567890123", _masker.Mask("12345678901234567890123"));
}

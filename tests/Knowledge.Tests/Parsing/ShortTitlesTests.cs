using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Tests.Parsing;

public sealed class ShortTitlesTests
{
    [Theory]
    [InlineData("中华人民共和国劳动合同法", "劳动合同法")]
    [InlineData("中华人民共和国 劳动 合同法 ", "劳动合同法")]
    [InlineData("中华人民共和国中华人民共和国国籍法", "中华人民共和国国籍法")]
    [InlineData("最高人民法院 最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释", "最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释")]
    [InlineData("最高人民法院　最高人民检察院关于某问题的解释", "最高人民法院、最高人民检察院关于某问题的解释")]
    [InlineData("最高人民法院、最高人民检察院关于某问题的解释", "最高人民法院、最高人民检察院关于某问题的解释")]
    [InlineData("最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释", "最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释")]
    [InlineData("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）")]
    [InlineData("刑法修正案 （十一）", "刑法修正案（十一）")]
    public void FollowsTheKeyTitleRule(string title, string expected)
    {
        Assert.Equal(expected, ShortTitles.From(title));
    }
}

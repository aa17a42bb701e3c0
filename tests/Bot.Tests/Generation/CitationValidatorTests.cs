using Assistant.Bot.Generation;

namespace Assistant.Bot.Tests.Generation;

public sealed class CitationValidatorTests
{
    private static readonly int[] Given = [1, 2, 3];
    private readonly CitationValidator _validator = new();

    [Theory]
    [InlineData("应当支付加班费[1]。", new[] { 1 })]
    [InlineData("应当支付[2, 1]，并可投诉[3]。", new[] { 1, 2, 3 })]
    [InlineData("应当支付【2】【1，3】。", new[] { 1, 2, 3 })]
    [InlineData("应当支付[1、2][2]", new[] { 1, 2 })]
    [InlineData("The employer must pay [ 3 ].", new[] { 3 })]
    public void Citations_among_the_given_articles_are_accepted(string text, int[] cited)
    {
        var answer = _validator.Validate(text, Given);

        Assert.NotNull(answer);
        Assert.Equal(cited, answer.CitedNumbers);
    }

    [Theory]
    [InlineData("应当支付加班费。")]
    [InlineData("应当支付加班费[1][7]。")]
    [InlineData("应当支付【1，4】。")]
    [InlineData("应当支付[0]。")]
    [InlineData("   ")]
    [InlineData(null)]
    public void No_citation_or_an_unknown_one_is_rejected(string? text) =>
        Assert.Null(_validator.Validate(text, Given));

    [Fact]
    public void The_text_is_kept_as_returned_but_trimmed()
    {
        var answer = _validator.Validate("\n  第一句[1]。\n第二句[2]。 \n", Given);

        Assert.Equal("第一句[1]。\n第二句[2]。", answer?.Text);
    }
}

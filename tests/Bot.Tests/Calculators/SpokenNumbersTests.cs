using Assistant.Bot.Calculators.Extraction;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>Numbers as workers write them.</summary>
public sealed class SpokenNumbersTests
{
    [Theory]
    [InlineData("一万二", 12_000)]
    [InlineData("八千五", 8_500)]
    [InlineData("两", 2)]
    [InlineData("十二", 12)]
    [InlineData("二十五", 25)]
    [InlineData("一万五千", 15_000)]
    [InlineData("三千二百", 3_200)]
    [InlineData("一万零五百", 10_500)]
    [InlineData("一万零五", 10_005)]
    [InlineData("1.2万", 12_000)]
    [InlineData("1万2", 12_000)]
    [InlineData("8千", 8_000)]
    [InlineData("8k", 8_000)]
    [InlineData("1w", 10_000)]
    [InlineData("12,000", 12_000)]
    [InlineData("8500", 8_500)]
    public void Parses_spoken_numbers(string text, int value) =>
        Assert.Equal(value, SpokenNumbers.Parse(text));

    [Fact]
    public void Finds_numbers_in_a_sentence_without_eating_words()
    {
        var tokens = SpokenNumbers.Scan("my salary is 12,000 and i worked 3 years, 8k bonus, work");

        Assert.Equal([12_000m, 3m, 8_000m], tokens.Select(t => t.Value));
    }
}

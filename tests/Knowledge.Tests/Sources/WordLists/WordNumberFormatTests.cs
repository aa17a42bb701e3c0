using Assistant.Knowledge.Sources.WordLists;

namespace Assistant.Knowledge.Tests.Sources.WordLists;

public sealed class WordNumberFormatTests
{
    [Theory]
    [InlineData(47, "chineseCounting", "四十七")]
    [InlineData(101, "chineseCountingThousand", "一百零一")]
    [InlineData(13, "taiwaneseCountingThousand", "十三")]
    [InlineData(11, "chineseLegalSimplified", "壹拾壹")]
    [InlineData(205, "ideographDigital", "二〇五")]
    [InlineData(3, "ideographTraditional", "丙")]
    [InlineData(13, "ideographZodiac", "子")]
    [InlineData(3, "decimalEnclosedCircleChinese", "③")]
    [InlineData(21, "decimalEnclosedCircle", "21")]
    [InlineData(7, "decimalZero", "07")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(1994, "lowerRoman", "mcmxciv")]
    [InlineData(27, "lowerLetter", "aa")]
    [InlineData(2, "upperLetter", "B")]
    [InlineData(5, "bullet", "")]
    [InlineData(5, "none", "")]
    [InlineData(5, "a format Word may add later", "5")]
    [InlineData(5, null, "5")]
    public void Counters_are_written_as_Word_shows_them(int value, string? format, string expected)
    {
        Assert.Equal(expected, WordNumberFormat.Format(value, format));
    }
}

using Assistant.Knowledge.Sources.PlainText;

namespace Assistant.Knowledge.Tests.Sources.PlainText;

public sealed class TextSourceReaderTests
{
    [Fact]
    public void TextFirstLineIsTitle()
    {
        var text = new TextSourceReader().Read(Fixture.File("employment-act.txt"), "employment-act.txt").Texts.Single();

        Assert.Equal("Employment Standards Act", text.Title);
        Assert.Equal("Part I General", text.Blocks[0].Text);
        Assert.All(text.Blocks, b => Assert.Equal(0, b.HeadingLevel));
    }
}

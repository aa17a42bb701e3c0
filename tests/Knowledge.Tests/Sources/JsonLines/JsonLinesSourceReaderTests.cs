using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.JsonLines;

namespace Assistant.Knowledge.Tests.Sources.JsonLines;

public sealed class JsonLinesSourceReaderTests
{
    [Fact]
    public void JsonLinesEachRecordIsATextAndBadLinesAreReported()
    {
        var path = Fixture.File("records.jsonl");
        var result = new JsonLinesSourceReader().Read(path, "faq/records.jsonl");

        Assert.Equal(["faq/records.jsonl#faq-1", "faq/records.jsonl#rule-1"], result.Texts.Select(t => t.RelativePath));
        Assert.Equal("加班问答", result.Texts[0].Title);
        Assert.Equal([new TextBlock("加班费怎么算", 2), new TextBlock("工作日加班支付百分之一百五十。", 0)], result.Texts[0].Blocks);
        Assert.Equal("guide", result.Texts[0].Properties["kind"]);
        Assert.Equal(["2023年5月1日 起施行"], result.Texts[1].HeaderLines);
        Assert.Equal(2, result.Failures.Count);
        Assert.All(result.Failures, f => Assert.Equal(path, f.Path));
        Assert.StartsWith("line 2:", result.Failures[0].Reason);
        Assert.StartsWith("line 3:", result.Failures[1].Reason);
        Assert.Contains("id", result.Failures[1].Reason);
    }
}

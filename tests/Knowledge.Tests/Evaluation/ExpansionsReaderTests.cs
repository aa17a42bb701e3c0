using Assistant.Knowledge.Evaluation;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Evaluation;

public sealed class ExpansionsReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Reads_expansions_by_numeric_or_string_id()
    {
        var path = _folder.Combine("e.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": 5, "expansion": "个体工商户；诉讼"}""",
            "",
            """{"id": "lawbench-3-8:7", "expansion": "延长工作时间；工资报酬", "source": "lawyer"}""",
        ]);

        var expansions = new ExpansionsReader().Read(path);

        Assert.Equal(2, expansions.Count);
        Assert.Equal("个体工商户；诉讼", expansions["5"]);
        Assert.Equal("延长工作时间；工资报酬", expansions["lawbench-3-8:7"]);
    }

    [Theory]
    [InlineData("""{"id": 2}""")]
    [InlineData("""{"id": 2, "expansion": null}""")]
    [InlineData("""{"id": 2, "expansion": NaN}""")]
    [InlineData("""{"id": 1, "expansion": "重复"}""")]
    public void A_bad_or_repeated_line_is_reported_with_file_and_line_number(string secondLine)
    {
        var path = _folder.Combine("bad.jsonl");
        File.WriteAllLines(path, ["""{"id": 1, "expansion": "经济补偿"}""", secondLine]);

        var error = Assert.Throws<FormatException>(() => new ExpansionsReader().Read(path));

        Assert.Contains(path + ":2", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}

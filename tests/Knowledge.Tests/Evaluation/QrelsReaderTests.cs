using Assistant.Knowledge.Evaluation;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Evaluation;

public sealed class QrelsReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Reads_numeric_and_string_ids_relevant_keys_and_the_labor_flag()
    {
        var path = _folder.Combine("q.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": 5, "query": "个体工商户的诉讼主体是什么？", "relevant": ["民法典#第五十四条", "民法典#第五十六条"], "labor": false}""",
            "",
            """{"id": "lawbench-3-8:7", "query": "加班费怎么算", "relevant": ["劳动法#第四十四条"], "labor": true, "missing": []}""",
        ]);

        var queries = new QrelsReader().Read(path);

        Assert.Equal(2, queries.Count);
        Assert.Equal("5", queries[0].Id);
        Assert.Equal(["民法典#第五十四条", "民法典#第五十六条"], queries[0].Relevant);
        Assert.True(queries[1].Labor);
        Assert.Equal("lawbench-3-8:7", queries[1].Id);
    }

    [Fact]
    public void A_bad_line_is_reported_with_file_and_line_number()
    {
        var path = _folder.Combine("bad.jsonl");
        File.WriteAllLines(path, ["""{"id": 1, "query": "q", "relevant": []}""", """{"id": 2, "query": "q"}"""]);

        var error = Assert.Throws<FormatException>(() => new QrelsReader().Read(path));

        Assert.Contains(path + ":2", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}

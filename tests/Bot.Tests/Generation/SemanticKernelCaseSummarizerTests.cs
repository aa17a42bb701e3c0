using Assistant.Bot.Generation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Assistant.Bot.Privacy;

namespace Assistant.Bot.Tests.Generation;

public sealed class SemanticKernelCaseSummarizerTests
{
    private static readonly CaseSummaryRequest Request = new(["公司拖欠工资三个月怎么办", "我的身份证号是110101199003071234"], "Sensitive", "zh");

    [Fact]
    public async Task The_model_gets_the_masked_questions_and_the_reason_as_delimited_data_and_its_summary_is_trimmed()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Reply(ScriptedReply.Answer("\n 职工反映公司拖欠工资三个月，希望工会协助。 \n"));
        using var summarizer = Create(server);

        var summary = await summarizer.SummarizeAsync(Request, CancellationToken.None);

        Assert.Equal("职工反映公司拖欠工资三个月，希望工会协助。", summary);
        var messages = Assert.Single(server.Requests).Messages();
        Assert.Equal(["system", "user"], messages.Select(m => m.Role));
        Assert.Contains("Simplified Chinese", messages[0].Content, StringComparison.Ordinal);
        Assert.Contains("Reason the case opened: Sensitive", messages[1].Content, StringComparison.Ordinal);
        Assert.Contains("1. 公司拖欠工资三个月怎么办", messages[1].Content, StringComparison.Ordinal);
        Assert.Contains("1101**********1234", messages[1].Content, StringComparison.Ordinal);
        Assert.DoesNotContain("110101199003071234", messages[1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_answer_gives_no_summary()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Reply(ScriptedReply.Answer("   "));
        using var summarizer = Create(server);

        Assert.Null(await summarizer.SummarizeAsync(Request, CancellationToken.None));
    }

    [Fact]
    public async Task A_long_answer_is_cut_and_numbers_the_model_writes_are_masked()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Reply(ScriptedReply.Answer("联系电话13912345678。" + new string('长', 1000)));
        using var summarizer = Create(server);

        var summary = (await summarizer.SummarizeAsync(Request, CancellationToken.None))!;

        Assert.StartsWith("联系电话139****5678。", summary, StringComparison.Ordinal);
        Assert.Equal(SemanticKernelCaseSummarizer.MaxSummaryLength + 1, summary.Length);
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_questions_means_no_request()
    {
        await using var server = await FakeModelServer.StartAsync();
        using var summarizer = Create(server);

        Assert.Null(await summarizer.SummarizeAsync(new CaseSummaryRequest([], "Requested", "en"), CancellationToken.None));
        Assert.Empty(server.Requests);
    }

    private static SemanticKernelCaseSummarizer Create(FakeModelServer server) => new(
        Options.Create(TestGenerators.Compatible(server)), new SensitiveDataMasker(), TimeProvider.System, NullLogger<SemanticKernelCaseSummarizer>.Instance);
}

using System.Diagnostics;
using Assistant.Bot.Conversations;
using Assistant.Bot.Generation;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Tests.Generation;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Assistant.Bot.Replies;
using Assistant.Bot.Privacy;

namespace Assistant.Bot.Tests.Handoff.Cases;

/// <summary>What a new case carries: the questions before it with their articles, the reason, and the model's summary when there is a model.</summary>
public sealed class CaseSummaryTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>, IDisposable
{
    private readonly HandoffHarness _rig = new(index);

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task The_summary_lists_the_questions_asked_before_with_their_articles_and_the_reason()
    {
        await AskAsync("加班费怎么算");
        await AskAsync("公司拖欠工资三个月怎么办");

        var offer = Assert.Single((await _rig.SayAsync("转人工")).Replies);
        var named = offer.Card!.Buttons.Single(b => b.Title == "留下姓名").Submission;
        await _rig.PressAsync(named.Action, new(named.Data));
        var opened = (await _rig.Store.GetLatestAsync(_rig.Address.Key, CancellationToken.None))!;

        var state = (await _rig.Conversations.GetStateAsync(_rig.Address, CancellationToken.None))!;
        Assert.Equal(["加班费怎么算", "公司拖欠工资三个月怎么办"], state.RecentQuestions.Select(q => q.Text));
        var lines = opened.Summary.Split('\n');
        Assert.Equal("转人工原因：敏感事项（工伤、解除劳动合同、欠薪、骚扰等）", lines[0]);
        Assert.Equal("职工的提问：", lines[1]);
        Assert.Equal("1. 加班费怎么算", lines[2]);
        // The articles as the worker saw them, named as the law names itself, never by key.
        Assert.StartsWith("   相关条文：《", lines[3], StringComparison.Ordinal);
        Assert.Contains("《劳动法》（2018年修正）第四十四条", lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain("#", opened.Summary, StringComparison.Ordinal);
        Assert.Equal("2. 公司拖欠工资三个月怎么办", lines[4]);
        Assert.NotEmpty(state.RecentQuestions[0].ArticleKeys);
        Assert.Equal(state.RecentQuestions.SelectMany(q => q.ArticleKeys).Distinct(), opened.ArticleKeys);
        Assert.Equal("公司拖欠工资三个月怎么办", opened.Topic);
    }

    [Fact]
    public async Task A_sum_worked_out_before_the_case_reaches_the_officer_with_its_figures_and_steps()
    {
        await AskAsync("我在公司干了5年，月薪8000，公司裁员能赔多少钱？");

        var opened = await _rig.OpenAsync("named");

        var lines = opened.Summary.Split('\n');
        Assert.Contains("1. 我在公司干了5年，月薪8000，公司裁员能赔多少钱？", lines);
        Assert.Contains(lines, l => l.StartsWith("   计算：经济补偿（N）：", StringComparison.Ordinal) && l.Contains("40,000.00", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   依据数据：", StringComparison.Ordinal) && l.Contains("月工资：8,000.00元", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   计算过程：", StringComparison.Ordinal) && l.Contains("8,000.00元 × 5个月 = 40,000.00元", StringComparison.Ordinal));
        Assert.Contains("劳动合同法#第四十七条", opened.ArticleKeys);
    }

    [Fact]
    public async Task The_transcript_starts_with_the_questions_asked_before_the_case()
    {
        await AskAsync("加班费怎么算");
        await AskAsync("年休假有几天");

        var opened = await _rig.OpenAsync("named");

        var transcript = await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None);
        Assert.Equal(["加班费怎么算", "年休假有几天"], transcript.Select(t => t.Text));
        Assert.All(transcript, t => Assert.Equal((TranscriptEntry.Employee, "张伟"), (t.Author, t.AuthorLabel)));
        Assert.True(transcript[0].At < transcript[1].At);
    }

    [Fact]
    public async Task A_later_case_carries_only_the_questions_asked_since_the_previous_case()
    {
        await AskAsync("加班费怎么算");
        await _rig.OpenAsync();
        await _rig.SayAsync("结束");
        _rig.Time.Advance(TimeSpan.FromMinutes(5));
        await AskAsync("年休假有几天");

        var second = await _rig.OpenAsync();

        Assert.Contains("年休假有几天", second.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("加班费怎么算", second.Summary, StringComparison.Ordinal);
        Assert.Equal(["年休假有几天"], (await _rig.Store.GetTranscriptAsync(second.Id, CancellationToken.None)).Select(t => t.Text));
    }

    [Fact]
    public async Task In_a_group_chat_a_case_carries_only_the_questions_of_the_employee_who_opened_it()
    {
        _rig.Address = new ConversationAddress("msteams", "19:group-chat@thread.v2", ConversationScope.Group);
        await AskAsync("加班费怎么算");
        _rig.User = ("29:colleague", "李娜");
        await AskAsync("年休假有几天");
        _rig.User = ("user-8842", "张伟");

        var opened = await _rig.OpenAsync("named");

        Assert.Contains("加班费怎么算", opened.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("年休假有几天", opened.Summary, StringComparison.Ordinal);
        Assert.Equal(["加班费怎么算"], (await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None)).Select(t => t.Text));
    }

    [Fact]
    public async Task Only_the_last_questions_are_kept_for_the_summary()
    {
        for (var i = 1; i <= ConversationState.MaxRecentQuestions + 2; i++)
            await AskAsync($"第{i}个问题：加班费怎么算");

        var opened = await _rig.OpenAsync();

        Assert.DoesNotContain("第2个问题", opened.Summary, StringComparison.Ordinal);
        Assert.Contains("第3个问题", opened.Summary, StringComparison.Ordinal);
        Assert.Contains($"第{ConversationState.MaxRecentQuestions + 2}个问题", opened.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_asked_for_before_any_question_carries_only_its_reason()
    {
        var opened = await _rig.OpenAsync();

        Assert.Equal("转人工原因：职工要求联系工会干部", opened.Summary);
        Assert.Empty(await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None));
    }

    [Fact]
    public async Task With_a_model_the_summary_starts_with_its_neutral_summary_and_numbers_never_reach_it()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Reply(ScriptedReply.Answer("  职工询问加班费的计算，以及公司拖欠工资时如何维权。  "));
        using var summarizer = Summarizer(server);
        using var rig = new HandoffHarness(index, summarizer: summarizer);
        await rig.SayAsync("我电话13812345678，加班费怎么算");
        rig.Time.Advance(TimeSpan.FromSeconds(30));
        await rig.SayAsync("公司拖欠工资三个月怎么办");

        var opened = await rig.OpenAsync();

        Assert.StartsWith("摘要：职工询问加班费的计算，以及公司拖欠工资时如何维权。\n转人工原因：职工要求联系工会干部\n职工的提问：\n1. 我电话13812345678", opened.Summary, StringComparison.Ordinal);
        var request = Assert.Single(server.Requests);
        var sent = string.Join("\n", request.Messages().Select(m => m.Content));
        Assert.Contains("138****5678", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", sent, StringComparison.Ordinal);
        Assert.Contains("公司拖欠工资三个月怎么办", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("张伟", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_harm_case_opens_without_asking_the_model()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Reply(ScriptedReply.Answer("不应被使用的摘要"));
        using var summarizer = Summarizer(server);
        using var rig = new HandoffHarness(index, summarizer: summarizer);

        var result = await rig.SayAsync("我不想活了");

        var opened = (await rig.Store.GetLatestAsync(rig.Address.Key, CancellationToken.None))!;
        Assert.Contains("12356", result.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("转人工原因：有自伤念头：请立即联系职工\n职工的提问：\n1. 我不想活了\n   相关条文：未找到", opened.Summary);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_failing_model_leaves_the_extractive_summary()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Reply(ScriptedReply.Error(500));
        using var summarizer = Summarizer(server);
        using var rig = new HandoffHarness(index, summarizer: summarizer);
        await rig.SayAsync("加班费怎么算");

        var opened = await rig.OpenAsync();

        Assert.StartsWith("转人工原因：职工要求联系工会干部\n职工的提问：\n1. 加班费怎么算", opened.Summary, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_model_that_does_not_answer_holds_the_case_no_longer_than_the_summary_budget()
    {
        await using var server = await FakeModelServer.StartAsync();
        var never = new TaskCompletionSource();
        server.Reply(new ScriptedReply(200, "迟到的摘要", Hold: never.Task));
        using var summarizer = Summarizer(server, budgetSeconds: 1);
        using var rig = new HandoffHarness(index, summarizer: summarizer);
        await rig.SayAsync("加班费怎么算");
        await rig.SayAsync("转人工");

        var clock = Stopwatch.StartNew();
        var result = await rig.PressAsync(CardActions.OpenCase, new() { ["identity"] = "anonymous", ["reason"] = "Requested" });
        clock.Stop();

        var stored = (await rig.Store.GetLatestAsync(rig.Address.Key, CancellationToken.None))!;
        Assert.Contains($"诉求 #{stored.Id} 已受理", Assert.Single(result.Replies).Text, StringComparison.Ordinal);
        Assert.StartsWith("转人工原因：职工要求联系工会干部\n职工的提问：", stored.Summary, StringComparison.Ordinal);
        // Budget 1 s; the rest is the turn itself on a shared 2-core machine.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(6));
        never.SetResult();
    }

    private async Task AskAsync(string question)
    {
        await _rig.SayAsync(question);
        _rig.Time.Advance(TimeSpan.FromSeconds(30));
    }

    /// <summary>A generous budget unless a test is about the budget: on a loaded machine 1 s may pass before the request is sent.</summary>
    private static SemanticKernelCaseSummarizer Summarizer(FakeModelServer server, int budgetSeconds = 10) => new(
        Options.Create(TestGenerators.Compatible(server, o => o.SummaryBudgetSeconds = budgetSeconds)),
        new SensitiveDataMasker(),
        TimeProvider.System,
        NullLogger<SemanticKernelCaseSummarizer>.Instance);
}

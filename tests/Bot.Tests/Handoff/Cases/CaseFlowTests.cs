using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Assistant.Bot.Replies;
using Assistant.Bot.Policy;

namespace Assistant.Bot.Tests.Handoff.Cases;

/// <summary>The employee's side of a case through the real turn handler: open, relay, end, rate.</summary>
public sealed class CaseFlowTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>, IDisposable
{
    private readonly HandoffHarness _rig = new(index);

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task Asking_for_a_person_asks_once_for_name_or_anonymity_and_opens_nothing_yet()
    {
        var result = await _rig.SayAsync("转人工");

        var reply = Assert.Single(result.Replies);
        Assert.Equal(["留下姓名", "匿名"], reply.Card!.Buttons.Select(b => b.Title));
        Assert.All(reply.Card.Buttons, b => Assert.Equal(CardActions.OpenCase, b.Submission.Action));
        Assert.Null(await _rig.Store.GetLatestAsync(_rig.Address.Key, CancellationToken.None));
    }

    [Fact]
    public async Task The_case_is_stored_before_the_employee_is_told_its_number()
    {
        await _rig.SayAsync("转人工");
        var result = await _rig.PressAsync(CardActions.OpenCase, new() { ["identity"] = "named", ["reason"] = "Requested" });

        var stored = await _rig.Store.GetLatestAsync(_rig.Address.Key, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Contains($"诉求 #{stored.Id} 已受理", Assert.Single(result.Replies).Text, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Queued, stored.Status);
        Assert.Equal(SampleGrid.PowerPlantBranch, stored.Branch);
        Assert.Equal(0, stored.Level);
        Assert.Equal("张伟", stored.EmployeeLabel);
        Assert.Equal(_rig.Time.GetUtcNow().AddMinutes(60), stored.ClaimDueAt);
    }

    [Fact]
    public async Task When_the_case_cannot_be_stored_the_employee_is_not_told_it_exists()
    {
        using var failing = new HandoffHarness(index, new FailingCaseStore());

        await failing.SayAsync("转人工");
        var result = await failing.PressAsync(CardActions.OpenCase, new() { ["identity"] = "named", ["reason"] = "Requested" });

        var reply = Assert.Single(result.Replies);
        Assert.DoesNotContain("已受理", reply.Text, StringComparison.Ordinal);
        Assert.Contains("抱歉", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_case_keeps_no_name_and_no_account_id_anywhere()
    {
        await _rig.SayAsync("加班费怎么算");
        var opened = await _rig.OpenAsync("anonymous");
        await _rig.Cases.ClaimAsync(_rig.Officer("wangli"), opened.Id, CancellationToken.None);
        await _rig.SayAsync("我的电话是13812345678");

        var stored = (await _rig.CaseAsync(opened.Id))!;
        Assert.True(stored.Anonymous);
        Assert.Null(stored.EmployeeId);
        Assert.Matches(@"^匿名职工 #\d{4}$", stored.EmployeeLabel);
        using var connection = new SqliteConnection("Data Source=" + _rig.DatabasePath);
        foreach (var table in new[] { "handoff_case", "handoff_transcript", "handoff_audit", "handoff_outbox" })
        {
            var dump = string.Join("|", connection.Query(FormattableString.Invariant($"SELECT * FROM {table}"))
                .Select(row => string.Join(",", ((IDictionary<string, object?>)row).Values)));
            Assert.DoesNotContain("张伟", dump, StringComparison.Ordinal);
            Assert.DoesNotContain("user-8842", dump, StringComparison.Ordinal);
        }
        var transcript = await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None);
        Assert.All(transcript.Where(t => t.Author == TranscriptEntry.Employee), t => Assert.Equal(stored.EmployeeLabel, t.AuthorLabel));
    }

    [Fact]
    public async Task While_an_officer_owns_the_case_the_employee_reaches_the_officer_and_the_bot_stays_quiet()
    {
        var opened = await _rig.OpenAsync("named");
        var officer = _rig.Officer("wangli");
        await _rig.Cases.ClaimAsync(officer, opened.Id, CancellationToken.None);

        var result = await _rig.SayAsync("经济补偿怎么算？");
        await _rig.Cases.ReplyAsync(officer, opened.Id, "请把劳动合同发我看看。", CancellationToken.None);
        await _rig.Outbox.DispatchDueAsync(CancellationToken.None);

        Assert.Empty(result.Replies);
        var transcript = await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None);
        Assert.Equal(["经济补偿怎么算？", "请把劳动合同发我看看。"], transcript.Select(t => t.Text));
        Assert.Contains(_rig.Notifier.Notices, n => n.Event == CaseActions.EmployeeMessage && n.OfficerIds.SequenceEqual(["wangli"]));
        var sent = _rig.Messenger.Sent.Select(s => s.Reply.Text).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Contains("王丽已接手你的诉求", sent[0], StringComparison.Ordinal);
        Assert.Equal("王丽：请把劳动合同发我看看。", sent[1]);
        Assert.All(_rig.Messenger.Sent, s => Assert.Equal(_rig.Address, s.Address));
    }

    [Fact]
    public async Task Accepting_the_officer_after_two_unanswered_questions_opens_a_case_marked_unanswered()
    {
        await _rig.SayAsync("今天中午吃什么好");
        await _rig.SayAsync("明天天气怎么样");

        var offer = Assert.Single((await _rig.PressAsync(CardActions.AskOfficer, [])).Replies);
        var open = offer.Card!.Buttons.Single(b => b.Title == "匿名").Submission;
        await _rig.PressAsync(open.Action, new(open.Data));

        var stored = (await _rig.Store.GetLatestAsync(_rig.Address.Key, CancellationToken.None))!;
        Assert.Equal(HandoffReason.Unanswered, stored.Reason);
        Assert.Contains("明天天气怎么样", stored.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_the_officer_after_a_sensitive_question_opens_a_case_marked_sensitive()
    {
        await _rig.SayAsync("公司拖欠工资三个月怎么办");

        var offer = Assert.Single((await _rig.PressAsync(CardActions.AskOfficer, [])).Replies);
        var open = offer.Card!.Buttons.Single(b => b.Title == "留下姓名").Submission;
        await _rig.PressAsync(open.Action, new(open.Data));

        Assert.Equal(HandoffReason.Sensitive, (await _rig.Store.GetLatestAsync(_rig.Address.Key, CancellationToken.None))!.Reason);
    }

    [Fact]
    public async Task Thoughts_of_self_harm_open_an_anonymous_case_at_once()
    {
        var result = await _rig.SayAsync("我不想活了");

        Assert.Equal(2, result.Replies.Count);
        Assert.Contains("12356", result.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("已受理", result.Replies[1].Text, StringComparison.Ordinal);
        var stored = (await _rig.Store.GetLatestAsync(_rig.Address.Key, CancellationToken.None))!;
        Assert.Equal((HandoffReason.SelfHarm, true), (stored.Reason, stored.Anonymous));
    }

    [Fact]
    public async Task Self_harm_words_during_an_officer_conversation_reach_the_officer_and_get_the_crisis_lines()
    {
        var opened = await _rig.OpenAsync();
        await _rig.Cases.ClaimAsync(_rig.Officer("wangli"), opened.Id, CancellationToken.None);

        var reply = Assert.Single((await _rig.SayAsync("我真的不想活了")).Replies);

        Assert.Contains("12356", reply.Text, StringComparison.Ordinal);
        Assert.Equal("我真的不想活了", (await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None))[^1].Text);
    }

    [Fact]
    public async Task A_change_on_a_stale_case_is_refused_and_the_relay_stores_on_the_current_case()
    {
        var opened = await _rig.OpenAsync();
        var officer = _rig.Officer("wangli");
        var claimed = (await _rig.Cases.ClaimAsync(officer, opened.Id, CancellationToken.None)).Case!;
        await _rig.Cases.ReplyAsync(officer, opened.Id, "在吗", CancellationToken.None);

        var stale = await _rig.Cases.EmployeeMessageAsync(claimed, "旧版本上的消息", CancellationToken.None);
        Assert.Equal(CaseOutcome.Conflict, stale.Outcome);
        Assert.Empty((await _rig.SayAsync("我在")).Replies);

        Assert.Equal("我在", (await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None))[^1].Text);
    }

    [Fact]
    public async Task My_case_tells_where_the_case_stands()
    {
        var opened = await _rig.OpenAsync();

        var reply = Assert.Single((await _rig.SayAsync("我的诉求")).Replies);

        Assert.Equal($"诉求 #{opened.Id}：待认领。负责：班组网格员（尚未认领）。", reply.Text);
    }

    [Fact]
    public async Task Ending_asks_for_a_rating_and_a_good_rating_closes_the_case_with_a_comment()
    {
        var opened = await _rig.OpenAsync();
        await _rig.Cases.ClaimAsync(_rig.Officer("wangli"), opened.Id, CancellationToken.None);

        var ended = Assert.Single((await _rig.SayAsync("结束")).Replies);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ended.Card!.Buttons.Select(b => b.Title));
        var rated = Assert.Single((await _rig.PressAsync(CardActions.RateCase, new() { ["caseId"] = opened.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["score"] = "5" })).Replies);
        Assert.Contains("感谢", rated.Text, StringComparison.Ordinal);
        await _rig.SayAsync("谢谢王老师，很耐心");

        var stored = (await _rig.CaseAsync(opened.Id))!;
        Assert.Equal(CaseStatus.Closed, stored.Status);
        Assert.Equal(5, stored.Rating);
        Assert.Equal("谢谢王老师，很耐心", stored.RatingComment);
        Assert.False(stored.AwaitingComment);
    }

    [Fact]
    public async Task A_poor_rating_reopens_the_case_at_the_next_level_and_tells_that_level()
    {
        var opened = await _rig.OpenAsync();
        var officer = _rig.Officer("wangli");
        await _rig.Cases.ClaimAsync(officer, opened.Id, CancellationToken.None);
        await _rig.Cases.ResolveAsync(officer, opened.Id, CancellationToken.None);
        await _rig.Outbox.DispatchDueAsync(CancellationToken.None);
        Assert.Contains(_rig.Messenger.Sent, s => s.Reply.Card?.Buttons.Count == 5);

        var reply = Assert.Single((await _rig.SayAsync("2")).Replies);
        await _rig.Outbox.DispatchDueAsync(CancellationToken.None);

        var stored = (await _rig.CaseAsync(opened.Id))!;
        Assert.Equal(CaseStatus.Reopened, stored.Status);
        Assert.Equal(1, stored.Level);
        Assert.Null(stored.OfficerId);
        Assert.Contains("分工会", reply.Text, StringComparison.Ordinal);
        var notice = Assert.Single(_rig.Notifier.Notices, n => n.Event == CaseActions.Reopened);
        Assert.Equal(1, notice.Level);
        Assert.Equal(["sunwei"], notice.OfficerIds);
    }

    [Fact]
    public async Task Withdrawing_a_waiting_case_closes_it_and_the_bot_answers_again()
    {
        var opened = await _rig.OpenAsync();

        var reply = Assert.Single((await _rig.SayAsync("结束")).Replies);

        Assert.Contains("已撤回", reply.Text, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Closed, (await _rig.CaseAsync(opened.Id))!.Status);
        Assert.NotEmpty((await _rig.SayAsync("加班费怎么算")).Replies);
    }

    private sealed class FailingCaseStore : ICaseStore
    {
        public Task<HandoffCase> CreateAsync(HandoffCase draft, CaseChange change, CancellationToken cancellationToken) => throw new SqliteException("disk I/O error", 10);
        public Task<HandoffCase?> GetAsync(long caseId, CancellationToken cancellationToken) => Task.FromResult<HandoffCase?>(null);
        public Task<HandoffCase?> GetLatestAsync(string conversationKey, CancellationToken cancellationToken) => Task.FromResult<HandoffCase?>(null);
        public Task<IReadOnlyList<HandoffCase>> ListAsync(CaseQuery query, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<HandoffCase>>([]);
        public Task<IReadOnlyList<HandoffCase>> OverdueAsync(DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<HandoffCase>>([]);
        public Task<HandoffCase?> UpdateAsync(HandoffCase updated, long expectedVersion, IReadOnlyCollection<CaseStatus> expectedStatuses, CaseChange change, CancellationToken cancellationToken) => Task.FromResult<HandoffCase?>(null);
        public Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(long caseId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);
        public Task<IReadOnlyList<CaseEvent>> GetAuditAsync(long caseId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CaseEvent>>([]);
        public Task AppendAuditAsync(CaseEvent entry, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task AppendAuditAsync(IReadOnlyCollection<CaseEvent> entries, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<IReadOnlyList<OutboxMessage>> LeaseDueOutboxAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<OutboxMessage>>([]);
        public Task ReleaseLeasesAsync(IReadOnlyCollection<long> outboxIds, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task MarkDeliveredAsync(long outboxId, DateTimeOffset at, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task MarkFailedAsync(long outboxId, int attempts, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<int> PurgeTranscriptsAsync(DateTimeOffset closedBefore, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}

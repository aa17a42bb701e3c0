using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Handoff.Relay;

/// <summary>Messages while the case waits to be claimed go into the case, not to the answerer; the employee is told so.</summary>
public sealed class WaitingCaseTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>, IDisposable
{
    private readonly HandoffHarness _rig = new(index);

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task A_message_to_a_queued_case_joins_its_transcript_the_officers_are_told_and_the_employee_is_acknowledged()
    {
        var opened = await _rig.OpenAsync("named");
        _rig.Time.Advance(TimeSpan.FromMinutes(10));

        var reply = Assert.Single((await _rig.SayAsync("公司三个月没发加班费了")).Replies);
        await _rig.Outbox.DispatchDueAsync(CancellationToken.None);

        Assert.Equal($"已补充到诉求 #{opened.Id}，工会干部认领后会看到。", reply.Text);
        Assert.Null(reply.Card);
        var transcript = await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None);
        Assert.Equal(("公司三个月没发加班费了", TranscriptEntry.Employee, "张伟"), (transcript[^1].Text, transcript[^1].Author, transcript[^1].AuthorLabel));
        var notice = Assert.Single(_rig.Notifier.Notices, n => n.Event == CaseActions.EmployeeMessage);
        Assert.Equal(0, notice.Level);
        Assert.Equal(["wangli"], notice.OfficerIds);
        var stored = (await _rig.CaseAsync(opened.Id))!;
        Assert.Equal((CaseStatus.Queued, opened.ClaimDueAt, (DateTimeOffset?)null), (stored.Status, stored.ClaimDueAt, stored.ReplyDueAt));
        // Nothing went to the answerer: the question was not recorded as one the bot answered.
        var state = (await _rig.Conversations.GetStateAsync(_rig.Address, CancellationToken.None))!;
        Assert.DoesNotContain(state.RecentQuestions, q => q.Text == "公司三个月没发加班费了");
    }

    [Fact]
    public async Task The_officer_who_claims_later_reads_what_was_added_while_waiting()
    {
        var opened = await _rig.OpenAsync();
        await _rig.SayAsync("补充一下：合同是2024年签的");

        var claimed = await _rig.Cases.ClaimAsync(_rig.Officer("wangli"), opened.Id, CancellationToken.None);
        var afterClaim = await _rig.SayAsync("您好");

        Assert.Equal(CaseOutcome.Done, claimed.Outcome);
        Assert.Empty(afterClaim.Replies);
        Assert.Equal(["补充一下：合同是2024年签的", "您好"], (await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None)).Select(t => t.Text));
    }

    [Fact]
    public async Task A_message_on_a_stale_waiting_case_is_refused_and_stores_nothing()
    {
        var opened = await _rig.OpenAsync();
        await _rig.SayAsync("结束");

        var stale = await _rig.Cases.EmployeeMessageAsync(opened, "撤回之后的消息", CancellationToken.None);

        Assert.Equal(CaseOutcome.Conflict, stale.Outcome);
        Assert.Equal(CaseStatus.Closed, stale.Case!.Status);
        Assert.Empty(await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None));
    }

    [Fact]
    public async Task An_English_case_is_acknowledged_in_English()
    {
        await _rig.SayAsync("talk to a person");
        await _rig.PressAsync(CardActions.OpenCase, new() { ["identity"] = "anonymous", ["reason"] = "Requested" });
        var opened = (await _rig.Store.GetLatestAsync(_rig.Address.Key, CancellationToken.None))!;

        var reply = Assert.Single((await _rig.SayAsync("My manager has not paid overtime since March")).Replies);

        Assert.Equal("en", opened.Language);
        Assert.Equal($"Added to case #{opened.Id}. The union officer will see it once they take the case.", reply.Text);
    }

    [Fact]
    public async Task Self_harm_words_while_waiting_get_the_crisis_lines_and_join_the_case()
    {
        var opened = await _rig.OpenAsync();

        var replies = (await _rig.SayAsync("我真的不想活了")).Replies;

        Assert.Equal(2, replies.Count);
        Assert.Contains("12356", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains($"诉求 #{opened.Id}", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal("我真的不想活了", (await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None))[^1].Text);
    }

    [Fact]
    public async Task My_case_and_end_still_work_while_waiting_and_add_nothing_to_the_transcript()
    {
        var opened = await _rig.OpenAsync();

        var status = Assert.Single((await _rig.SayAsync("我的诉求")).Replies);
        var withdrawn = Assert.Single((await _rig.SayAsync("结束")).Replies);

        Assert.StartsWith($"诉求 #{opened.Id}：待认领", status.Text, StringComparison.Ordinal);
        Assert.Contains("已撤回", withdrawn.Text, StringComparison.Ordinal);
        Assert.Empty(await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Card_actions_still_work_while_waiting()
    {
        await _rig.SayAsync("加班费怎么算");
        _rig.Time.Advance(TimeSpan.FromSeconds(30));
        var opened = await _rig.OpenAsync();

        var again = Assert.Single((await _rig.PressAsync(CardActions.AskOfficer, [])).Replies);
        var feedback = Assert.Single((await _rig.PressAsync(CardActions.Helpful, new() { ["answerId"] = "unknown" })).Replies);

        Assert.Contains($"#{opened.Id}", again.Text, StringComparison.Ordinal);
        Assert.Contains("谢谢", feedback.Text, StringComparison.Ordinal);
        Assert.Equal(["加班费怎么算"], (await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None)).Select(t => t.Text));
    }

    [Fact]
    public async Task After_a_poor_rating_the_comment_is_taken_then_further_messages_go_to_the_reopened_case_for_the_next_level()
    {
        var opened = await _rig.OpenAsync();
        var officer = _rig.Officer("wangli");
        await _rig.Cases.ClaimAsync(officer, opened.Id, CancellationToken.None);
        await _rig.Cases.ResolveAsync(officer, opened.Id, CancellationToken.None);
        await _rig.SayAsync("1");

        var comment = Assert.Single((await _rig.SayAsync("网格员没有解决问题")).Replies);
        var added = Assert.Single((await _rig.SayAsync("希望分工会帮忙看看")).Replies);
        await _rig.Outbox.DispatchDueAsync(CancellationToken.None);

        var stored = (await _rig.CaseAsync(opened.Id))!;
        Assert.Equal(("网格员没有解决问题", CaseStatus.Reopened), (stored.RatingComment, stored.Status));
        Assert.DoesNotContain("已补充", comment.Text, StringComparison.Ordinal);
        Assert.Contains($"已补充到诉求 #{opened.Id}", added.Text, StringComparison.Ordinal);
        Assert.Equal("希望分工会帮忙看看", (await _rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None))[^1].Text);
        Assert.Contains(_rig.Notifier.Notices, n => n.Event == CaseActions.EmployeeMessage && n.OfficerIds.SequenceEqual(["sunwei"]));
    }
}

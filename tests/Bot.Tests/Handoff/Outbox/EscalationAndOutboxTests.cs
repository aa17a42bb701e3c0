using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Outbox;
using Assistant.Bot.Resources;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Bot.Tests.Handoff.Outbox;

/// <summary>Deadlines and the outbox on a FakeTimeProvider: no sleeps.</summary>
public sealed class EscalationAndOutboxTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public async Task An_unclaimed_case_moves_up_when_its_claim_deadline_passes_and_that_level_is_told()
    {
        using var rig = new HandoffHarness(index);
        var opened = await rig.OpenAsync();

        rig.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await rig.Escalation.TickAsync(CancellationToken.None));
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await rig.Escalation.TickAsync(CancellationToken.None));
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);

        var stored = (await rig.CaseAsync(opened.Id))!;
        Assert.Equal(1, stored.Level);
        Assert.Equal(CaseStatus.Queued, stored.Status);
        Assert.Equal(rig.Time.GetUtcNow().AddMinutes(120), stored.ClaimDueAt);
        var notice = Assert.Single(rig.Notifier.Notices, n => n.Event == CaseActions.Escalated);
        Assert.Equal((1, "分工会"), (notice.Level, notice.LevelName));
        Assert.Equal(["sunwei"], notice.OfficerIds);
        Assert.Contains(await rig.Store.GetAuditAsync(opened.Id, CancellationToken.None), e => e.Action == CaseActions.Escalated && e.Actor == CaseActions.System);
    }

    [Fact]
    public async Task An_unanswered_employee_message_moves_the_case_up_unclaimed_when_the_reply_deadline_passes()
    {
        using var rig = new HandoffHarness(index);
        var opened = await rig.OpenAsync();
        await rig.Cases.ClaimAsync(rig.Officer("wangli"), opened.Id, CancellationToken.None);
        await rig.Cases.ReplyAsync(rig.Officer("wangli"), opened.Id, "你好，我是王丽。", CancellationToken.None);
        await rig.SayAsync("单位拖欠我两个月工资");

        rig.Time.Advance(TimeSpan.FromMinutes(240));
        Assert.Equal(1, await rig.Escalation.TickAsync(CancellationToken.None));

        var stored = (await rig.CaseAsync(opened.Id))!;
        Assert.Equal((CaseStatus.Queued, 1, (string?)null), (stored.Status, stored.Level, stored.OfficerId));
    }

    [Fact]
    public async Task At_the_top_level_a_missed_deadline_is_recorded_once_as_a_breach()
    {
        using var rig = new HandoffHarness(index) { OrgUnit = null };
        var opened = await rig.OpenAsync();
        Assert.Equal(2, opened.Level);

        rig.Time.Advance(TimeSpan.FromMinutes(241));
        await rig.Escalation.TickAsync(CancellationToken.None);
        rig.Time.Advance(TimeSpan.FromMinutes(241));
        await rig.Escalation.TickAsync(CancellationToken.None);

        var audit = await rig.Store.GetAuditAsync(opened.Id, CancellationToken.None);
        Assert.Single(audit, e => e.Action == CaseActions.Breached);
        Assert.Equal(2, (await rig.CaseAsync(opened.Id))!.Level);
    }

    [Fact]
    public async Task A_failing_delivery_is_retried_with_backoff_until_delivered_once()
    {
        using var rig = new HandoffHarness(index, messengerFailures: 2);
        var opened = await rig.OpenAsync();
        await rig.Cases.ClaimAsync(rig.Officer("wangli"), opened.Id, CancellationToken.None);

        await rig.Outbox.DispatchDueAsync(CancellationToken.None);
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(1, rig.Messenger.Calls);
        rig.Time.Advance(TimeSpan.FromSeconds(5));
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(2, rig.Messenger.Calls);
        rig.Time.Advance(TimeSpan.FromSeconds(9));
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(2, rig.Messenger.Calls);
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(3, rig.Messenger.Calls);
        Assert.Single(rig.Messenger.Sent);
        using var connection = new SqliteConnection("Data Source=" + rig.DatabasePath);
        var row = connection.QuerySingle<(long Attempts, string? DeliveredAt)>(
            "SELECT attempts, delivered_at FROM handoff_outbox WHERE kind = 'employee'");
        Assert.Equal(3, row.Attempts);
        Assert.NotNull(row.DeliveredAt);
    }

    [Fact]
    public async Task The_running_dispatcher_retries_a_failed_delivery_when_it_is_due_not_at_the_next_sweep()
    {
        using var rig = new HandoffHarness(index);
        var opened = await rig.OpenAsync();
        await rig.Cases.ClaimAsync(rig.Officer("wangli"), opened.Id, CancellationToken.None);
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);
        var options = SampleGrid.Options();
        options.OutboxIntervalSeconds = 3600;
        options.OutboxFirstRetrySeconds = 5;
        var messenger = new RecordingMessenger(failFirst: 1);
        var failures = new DeliveryFailures();
        using var dispatcher = new OutboxDispatcher(rig.Store, rig.Router, new CaseReplies(new BotText(), rig.Router), [messenger],
            rig.Notifier, new OutboxSignal(), Microsoft.Extensions.Options.Options.Create(options), rig.Time, failures);
        await rig.Cases.ReplyAsync(rig.Officer("wangli"), opened.Id, "你好，我是王丽。", CancellationToken.None);

        await dispatcher.StartAsync(CancellationToken.None);
        await failures.First.WaitAsync(TimeSpan.FromSeconds(30));
        // Five seconds on, the retry is due; the next sweep is an hour away.
        rig.Time.Advance(TimeSpan.FromSeconds(5));
        await messenger.FirstDelivery.WaitAsync(TimeSpan.FromSeconds(30));
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.Equal(2, messenger.Calls);
        Assert.Contains("你好，我是王丽。", Assert.Single(messenger.Sent).Reply.Text, StringComparison.Ordinal);
    }

    /// <summary>Completes when the dispatcher logs its first failed delivery (after the retry is stored and its wake-up timer set).</summary>
    private sealed class DeliveryFailures : ILogger<OutboxDispatcher>
    {
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task First => _first.Task;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == 6005)
                _first.TrySetResult();
        }
    }

    [Fact]
    public async Task A_dispatcher_stopped_mid_send_hands_its_leased_notifications_back_at_once()
    {
        using var rig = new HandoffHarness(index);
        var opened = await rig.OpenAsync();
        using var stopping = new CancellationTokenSource();
        var options = Microsoft.Extensions.Options.Options.Create(SampleGrid.Options());
        var stopped = new OutboxDispatcher(rig.Store, rig.Router, new CaseReplies(new BotText(), rig.Router), [rig.Messenger],
            new StoppingNotifier(stopping), new OutboxSignal(), options, rig.Time, NullLogger<OutboxDispatcher>.Instance);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopped.DispatchDueAsync(stopping.Token));

        // The clock has not moved: without the release the lease would hold the notice for OutboxLeaseSeconds.
        Assert.True(await rig.Outbox.DispatchDueAsync(CancellationToken.None) > 0);
        Assert.Single(rig.Notifier.Notices, n => n.CaseId == opened.Id && n.Event == CaseActions.Opened);
    }

    /// <summary>The host stops while a notice is being sent.</summary>
    private sealed class StoppingNotifier(CancellationTokenSource stopping) : IOfficerNotifier
    {
        public async Task<bool> NotifyAsync(OfficerNotice notice, CancellationToken cancellationToken)
        {
            await stopping.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return true;
        }
    }

    [Fact]
    public async Task Later_messages_wait_for_an_earlier_undelivered_one_so_the_employee_reads_them_in_order()
    {
        using var rig = new HandoffHarness(index, messengerFailures: 1);
        var opened = await rig.OpenAsync();
        var officer = rig.Officer("wangli");
        await rig.Cases.ClaimAsync(officer, opened.Id, CancellationToken.None);
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);
        await rig.Cases.ReplyAsync(officer, opened.Id, "第二条", CancellationToken.None);
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);
        Assert.Empty(rig.Messenger.Sent);

        rig.Time.Advance(TimeSpan.FromSeconds(5));
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);
        await rig.Outbox.DispatchDueAsync(CancellationToken.None);

        var sent = rig.Messenger.Sent.Select(s => s.Reply.Text).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Contains("接手", sent[0], StringComparison.Ordinal);
        Assert.Equal("王丽：第二条", sent[1]);
    }

    [Fact]
    public async Task Transcripts_of_cases_closed_longer_than_the_retention_are_purged()
    {
        using var rig = new HandoffHarness(index);
        await rig.SayAsync("加班费怎么算");
        var opened = await rig.OpenAsync();
        await rig.SayAsync("结束");
        Assert.NotEmpty(await rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None));

        rig.Time.Advance(TimeSpan.FromDays(181));
        await rig.Escalation.TickAsync(CancellationToken.None);

        Assert.Empty(await rig.Store.GetTranscriptAsync(opened.Id, CancellationToken.None));
        Assert.Contains(await rig.Store.GetAuditAsync(opened.Id, CancellationToken.None), e => e.Action == CaseActions.TranscriptPurged);
    }
}

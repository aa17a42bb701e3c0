using Assistant.Bot.Conversations;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Officers;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Handoff.Routing;
using Assistant.Bot.Policy;
using Assistant.Bot.Privacy;
using Assistant.Bot.Resources;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Storage.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Bot.Tests.Storage;

/// <summary>
/// What every case store does, on each database (<see cref="SqlCaseStore"/> over SQLite and PostgreSQL), including
/// what several instances sharing one database rely on: conditional updates and outbox leases.
/// </summary>
public abstract class CaseStoreContract(StoreDatabases databases) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyCollection<CaseStatus> Waiting = [CaseStatus.Queued, CaseStatus.Reopened];

    [StoreFact]
    public async Task A_created_case_round_trips_with_its_audit_transcript_and_outbox()
    {
        var store = new SqlCaseStore(await databases.NewAsync());

        var created = await store.CreateAsync(Draft("conv-1"), Opening(), CancellationToken.None);

        Assert.True(created.Id > 0);
        Assert.Equal(1, created.Version);
        var read = await store.GetAsync(created.Id, CancellationToken.None);
        Assert.Equal(created.ArticleKeys, read!.ArticleKeys);
        Assert.Equal(created with { ArticleKeys = read.ArticleKeys }, read);
        Assert.Equal(created.Id, (await store.GetLatestAsync(created.Address.Key, CancellationToken.None))!.Id);
        Assert.Equal([(created.Id, CaseActions.Opened)], (await store.GetAuditAsync(created.Id, CancellationToken.None)).Select(e => (e.CaseId, e.Action)));
        var line = Assert.Single(await store.GetTranscriptAsync(created.Id, CancellationToken.None));
        Assert.Equal(("employee", "我要找工会", Now), (line.Author, line.Text, line.At));
        Assert.Null(await store.GetAsync(created.Id + 1000, CancellationToken.None));
    }

    [StoreFact]
    public async Task Of_two_changes_made_against_one_version_exactly_one_wins_and_the_loser_writes_nothing()
    {
        var database = await databases.NewAsync();
        var first = new SqlCaseStore(database);
        var second = new SqlCaseStore(databases.Reopen(database));
        var created = await first.CreateAsync(Draft("conv-1"), Opening(), CancellationToken.None);

        var results = await Task.WhenAll(
            Task.Run(() => first.UpdateAsync(Claimed(created, "wangli"), created.Version, Waiting, Audit(created.Id, CaseActions.Claimed), CancellationToken.None)),
            Task.Run(() => second.UpdateAsync(Claimed(created, "sunwei"), created.Version, Waiting, Audit(created.Id, CaseActions.Claimed), CancellationToken.None)));

        var winner = Assert.Single(results, r => r is not null)!;
        Assert.Equal(2, winner.Version);
        Assert.Equal(winner.OfficerId, (await first.GetAsync(created.Id, CancellationToken.None))!.OfficerId);
        Assert.Single(await first.GetAuditAsync(created.Id, CancellationToken.None), e => e.Action == CaseActions.Claimed);
    }

    [StoreFact]
    public async Task An_update_expecting_another_status_changes_nothing()
    {
        var store = new SqlCaseStore(await databases.NewAsync());
        var created = await store.CreateAsync(Draft("conv-1"), Opening(), CancellationToken.None);

        var result = await store.UpdateAsync(
            created with { Status = CaseStatus.Resolved }, created.Version, [CaseStatus.Assigned, CaseStatus.Active], Audit(created.Id, CaseActions.Resolved), CancellationToken.None);

        Assert.Null(result);
        Assert.Equal(CaseStatus.Queued, (await store.GetAsync(created.Id, CancellationToken.None))!.Status);
        Assert.Single(await store.GetAuditAsync(created.Id, CancellationToken.None));
    }

    [StoreFact]
    public async Task Lists_are_newest_first_by_status_and_overdue_cases_are_found()
    {
        var store = new SqlCaseStore(await databases.NewAsync());
        var late = await store.CreateAsync(Draft("conv-1") with { ClaimDueAt = Now.AddMinutes(-1) }, Opening(), CancellationToken.None);
        var onTime = await store.CreateAsync(Draft("conv-2") with { ClaimDueAt = Now.AddMinutes(30) }, Opening(), CancellationToken.None);
        var owned = await store.CreateAsync(Draft("conv-3") with { Status = CaseStatus.Active, OfficerId = "wangli", ClaimDueAt = null, ReplyDueAt = Now.AddSeconds(-1) }, Opening(), CancellationToken.None);

        Assert.Equal([owned.Id, onTime.Id, late.Id], (await store.ListAsync(new CaseQuery(null, null, 50), CancellationToken.None)).Select(c => c.Id));
        Assert.Equal([onTime.Id, late.Id], (await store.ListAsync(new CaseQuery(CaseStatus.Queued, null, 50), CancellationToken.None)).Select(c => c.Id));
        Assert.Equal([late.Id, owned.Id], (await store.OverdueAsync(Now, CancellationToken.None)).Select(c => c.Id));
    }

    [StoreFact]
    public async Task Pages_follow_the_latest_activity_within_a_branch_from_a_cursor()
    {
        var store = new SqlCaseStore(await databases.NewAsync());
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
            ids.Add((await store.CreateAsync(Draft("conv-" + i) with { UpdatedAt = Now.AddMinutes(i % 2 == 0 ? 1 : 0) }, Opening(), CancellationToken.None)).Id);
        await store.CreateAsync(Draft("other") with { Branch = "检修公司分工会", UpdatedAt = Now.AddMinutes(5) }, Opening(), CancellationToken.None);

        var first = await store.ListAsync(new CaseQuery(null, "发电一厂分工会", 3), CancellationToken.None);
        var second = await store.ListAsync(new CaseQuery(null, "发电一厂分工会", 3, CaseCursor.After(first[^1])), CancellationToken.None);

        Assert.Equal([ids[4], ids[2], ids[0], ids[3], ids[1]], first.Concat(second).Select(c => c.Id));
    }

    [StoreFact]
    public async Task A_leased_notification_is_not_handed_out_again_until_marked_or_the_lease_ends()
    {
        var database = await databases.NewAsync();
        var first = new SqlCaseStore(database);
        var second = new SqlCaseStore(databases.Reopen(database));
        var created = await first.CreateAsync(Draft("conv-1"), Opening(), CancellationToken.None);

        var leased = Assert.Single(await first.LeaseDueOutboxAsync(Now, Now.AddMinutes(2), 10, CancellationToken.None));
        Assert.Equal((created.Id, OutboxKinds.Officers, 0), (leased.CaseId, leased.Kind, leased.Attempts));
        Assert.Empty(await second.LeaseDueOutboxAsync(Now.AddMinutes(1), Now.AddMinutes(3), 10, CancellationToken.None));

        // Released by a stopping instance: due again at once.
        await first.ReleaseLeasesAsync([leased.Id], CancellationToken.None);
        Assert.Equal(leased.Id, Assert.Single(await first.LeaseDueOutboxAsync(Now, Now.AddMinutes(2), 10, CancellationToken.None)).Id);

        // The first instance died: once its lease ends, the second one takes the row.
        var retaken = Assert.Single(await second.LeaseDueOutboxAsync(Now.AddMinutes(2), Now.AddMinutes(4), 10, CancellationToken.None));
        Assert.Equal(leased.Id, retaken.Id);
        await second.MarkDeliveredAsync(retaken.Id, Now.AddMinutes(2), CancellationToken.None);
        Assert.Empty(await first.LeaseDueOutboxAsync(Now.AddHours(1), Now.AddHours(2), 10, CancellationToken.None));
    }

    [StoreFact]
    public async Task A_failed_notification_waits_for_its_retry_and_holds_back_the_next_one_of_its_case()
    {
        var store = new SqlCaseStore(await databases.NewAsync());
        var created = await store.CreateAsync(Draft("conv-1"), Opening(), CancellationToken.None);
        await store.AppendAuditAsync(new CaseEvent(created.Id, Now, CaseActions.System, CaseActions.Read), CancellationToken.None);
        await store.UpdateAsync(created with { UpdatedAt = Now }, created.Version, Waiting, Audit(created.Id, CaseActions.Escalated) with
        {
            Outbox = [new OutboxMessage(0, created.Id, OutboxKinds.Officers, 1, CaseActions.Escalated, null, "zh", 0, Now, null)],
        }, CancellationToken.None);

        var first = Assert.Single(await store.LeaseDueOutboxAsync(Now, Now.AddMinutes(2), 10, CancellationToken.None));
        Assert.Equal(CaseActions.Opened, first.Event);
        await store.MarkFailedAsync(first.Id, 1, Now.AddSeconds(30), CancellationToken.None);

        Assert.Empty(await store.LeaseDueOutboxAsync(Now.AddSeconds(10), Now.AddMinutes(2), 10, CancellationToken.None));
        var retried = Assert.Single(await store.LeaseDueOutboxAsync(Now.AddSeconds(30), Now.AddMinutes(2), 10, CancellationToken.None));
        Assert.Equal((first.Id, 1), (retried.Id, retried.Attempts));
        await store.MarkDeliveredAsync(retried.Id, Now.AddSeconds(31), CancellationToken.None);
        Assert.Equal(CaseActions.Escalated, Assert.Single(await store.LeaseDueOutboxAsync(Now.AddSeconds(31), Now.AddMinutes(2), 10, CancellationToken.None)).Event);
    }

    [StoreFact]
    public async Task Two_instances_leasing_at_once_each_get_every_notification_exactly_once()
    {
        var database = await databases.NewAsync();
        var stores = new[] { new SqlCaseStore(database), new SqlCaseStore(databases.Reopen(database)) };
        for (var i = 0; i < 30; i++)
            await stores[0].CreateAsync(Draft("conv-" + i), Opening(), CancellationToken.None);

        var taken = await Task.WhenAll(stores.Select(store => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (await store.LeaseDueOutboxAsync(Now, Now.AddMinutes(2), 3, CancellationToken.None) is { Count: > 0 } batch)
            {
                foreach (var message in batch)
                {
                    mine.Add(message.Id);
                    await store.MarkDeliveredAsync(message.Id, Now, CancellationToken.None);
                }
            }
            return mine;
        })));

        var all = taken.SelectMany(ids => ids).ToList();
        Assert.Equal(30, all.Count);
        Assert.Equal(30, all.Distinct().Count());
    }

    [StoreFact]
    public async Task Transcripts_of_cases_closed_before_the_retention_are_purged_once_even_by_two_instances()
    {
        var database = await databases.NewAsync();
        var first = new SqlCaseStore(database);
        var second = new SqlCaseStore(databases.Reopen(database));
        var old = await first.CreateAsync(Draft("conv-1") with { Status = CaseStatus.Closed, ClosedAt = Now.AddDays(-200) }, Opening(), CancellationToken.None);
        var recent = await first.CreateAsync(Draft("conv-2") with { Status = CaseStatus.Closed, ClosedAt = Now.AddDays(-2) }, Opening(), CancellationToken.None);

        var purged = await Task.WhenAll(
            Task.Run(() => first.PurgeTranscriptsAsync(Now.AddDays(-180), Now, CancellationToken.None)),
            Task.Run(() => second.PurgeTranscriptsAsync(Now.AddDays(-180), Now, CancellationToken.None)));

        Assert.Equal(1, purged.Sum());
        Assert.Empty(await first.GetTranscriptAsync(old.Id, CancellationToken.None));
        Assert.Single(await first.GetTranscriptAsync(recent.Id, CancellationToken.None));
        Assert.Single(await first.GetAuditAsync(old.Id, CancellationToken.None), e => e.Action == CaseActions.TranscriptPurged);
        var purgedCase = (await first.GetAsync(old.Id, CancellationToken.None))!;
        Assert.Equal(("", ""), (purgedCase.Summary, purgedCase.Topic));
        var kept = (await first.GetAsync(recent.Id, CancellationToken.None))!;
        Assert.NotEqual("", kept.Summary);
        Assert.NotEqual("", kept.Topic);
    }

    [StoreFact]
    public async Task The_schema_version_is_recorded_and_a_second_start_migrates_nothing()
    {
        var database = await databases.NewEmptyAsync();
        var schema = new CaseSchema();

        Assert.Equal(0, await SchemaMigrations.ApplyAsync(database, schema, CancellationToken.None));
        Assert.Equal(schema.Migrations.Count, await SchemaMigrations.ApplyAsync(databases.Reopen(database), schema, CancellationToken.None));

        await using var connection = await database.OpenAsync(CancellationToken.None);
        var versions = (await Dapper.SqlMapper.QueryAsync<long>(connection, "SELECT version FROM handoff_schema_version ORDER BY version")).ToList();
        Assert.Equal(Enumerable.Range(1, schema.Migrations.Count).Select(v => (long)v), versions);
    }

    [StoreFact]
    public async Task Escalation_running_on_two_instances_escalates_an_overdue_case_once()
    {
        var database = await databases.NewAsync();
        var time = new FakeTimeProvider(Now.AddHours(2));
        var options = Options.Create(SampleGrid.Options());
        var escalations = new[] { database, databases.Reopen(database) }.Select(handle =>
        {
            var store = new SqlCaseStore(handle);
            var cases = new CaseService(store, new CaseRouter(options), new BotText(), new OutboxSignal(), options, time, NullLogger<CaseService>.Instance);
            return new EscalationService(store, cases, options, time, NullLogger<EscalationService>.Instance);
        }).ToList();
        var overdue = await new SqlCaseStore(database).CreateAsync(Draft("conv-1"), Opening(), CancellationToken.None);

        var escalated = await Task.WhenAll(escalations.Select(e => Task.Run(() => e.TickAsync(CancellationToken.None))));

        Assert.Equal(1, escalated.Sum());
        var store = new SqlCaseStore(database);
        Assert.Equal((1, 2L), ((await store.GetAsync(overdue.Id, CancellationToken.None))!.Level, (await store.GetAsync(overdue.Id, CancellationToken.None))!.Version));
        Assert.Single(await store.GetAuditAsync(overdue.Id, CancellationToken.None), e => e.Action == CaseActions.Escalated);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        Assert.Equal([(CaseActions.Opened, 0L), (CaseActions.Escalated, 1L)],
            await Dapper.SqlMapper.QueryAsync<(string, long)>(connection, "SELECT event, level FROM handoff_outbox ORDER BY id"));
    }

    [StoreFact]
    public async Task Analytics_count_questions_cases_times_and_ratings_of_the_window()
    {
        var database = await databases.NewAsync();
        var conversations = new SqlConversationStore(database);
        var store = new SqlCaseStore(database);
        var address = new ConversationAddress("webchat", "c-a");
        await conversations.RecordAnswerAsync(new AnswerRecord("a-1", address, "加班费怎么算", [], "extractive", "zh", Now), CancellationToken.None);
        foreach (var question in new[] { "食堂几点开门", "食堂几点开门", "电话13812345678能报销吗" })
            await conversations.RecordUnansweredAsync(new UnansweredQuestion(address, question, "zh", "no-support", [], Now.AddDays(1)), CancellationToken.None);
        var created = await store.CreateAsync(Draft("conv-1"), Opening(), CancellationToken.None);
        var claimed = await store.UpdateAsync(Claimed(created, "wangli"), 1, Waiting, new([new CaseEvent(created.Id, Now.AddMinutes(30), "officer:wangli", CaseActions.Claimed)]), CancellationToken.None);
        await store.UpdateAsync(claimed! with { Status = CaseStatus.Closed, Rating = 4 }, 2, [CaseStatus.Assigned], new([new CaseEvent(created.Id, Now.AddMinutes(90), "officer:wangli", CaseActions.Resolved)]), CancellationToken.None);
        await store.CreateAsync(Draft("conv-2") with { OpenedAt = Now.AddDays(-10) }, Opening(), CancellationToken.None);

        var report = await new CaseAnalytics(database, new SensitiveDataMasker(), new CaseRouter(Options.Create(SampleGrid.Options()))).ReportAsync(Now.AddDays(-1), Now.AddDays(2), CancellationToken.None);

        Assert.Equal([new DailyCount("2026-03-02", 1, 0, 1), new DailyCount("2026-03-03", 0, 3, 0)], report.QuestionsPerDay);
        Assert.Equal((1, 3, 1), (report.Answered, report.Unanswered, report.CasesOpened));
        Assert.Equal([new QuestionCount("食堂几点开门", 2)], report.TopUnanswered);
        Assert.Equal((30.0, 90.0), (report.MedianMinutesToClaim, report.MedianMinutesToResolve));
        Assert.Equal((1, 4.0), (report.Ratings["4"], report.AverageRating));
    }

    private static HandoffCase Draft(string conversation) => new(
        0, new ConversationAddress("webchat", conversation), true, null, "匿名职工 #1234", "发电一厂运行一值", "发电一厂分工会", "加班费",
        "问：加班费怎么算", ["劳动法#第四十四条"], "zh", HandoffReason.Requested, CaseStatus.Queued, 0, null, Now.AddHours(1), null, null, null,
        false, Now, Now, null, 0);

    private static HandoffCase Claimed(HandoffCase c, string officer) =>
        c with { Status = CaseStatus.Assigned, OfficerId = officer, ClaimDueAt = null, UpdatedAt = Now.AddMinutes(5) };

    private static CaseChange Opening() => new(
        [new CaseEvent(0, Now, CaseActions.Employee, CaseActions.Opened)],
        [new TranscriptEntry(0, Now, TranscriptEntry.Employee, "匿名职工 #1234", "我要找工会")],
        [new OutboxMessage(0, 0, OutboxKinds.Officers, 0, CaseActions.Opened, null, "zh", 0, Now, null)]);

    private static CaseChange Audit(long caseId, string action) => new([new CaseEvent(caseId, Now.AddMinutes(5), CaseActions.Officer("x"), action)]);

    public Task InitializeAsync() => databases.InitializeAsync();

    public Task DisposeAsync() => databases.DisposeAsync();
}

public sealed class SqliteCaseStoreTests() : CaseStoreContract(new SqliteDatabases());

public sealed class PostgresCaseStoreTests(PostgresDatabaseFixture fixture)
    : CaseStoreContract(new PostgresDatabases(fixture)), IClassFixture<PostgresDatabaseFixture>, IRunsOnPostgres;

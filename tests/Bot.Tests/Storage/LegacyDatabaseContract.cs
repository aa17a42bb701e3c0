using System.Text.RegularExpressions;
using Assistant.Bot.Channels.DirectLine;
using Assistant.Bot.Conversations;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Officers;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Handoff.Relay;
using Assistant.Bot.Handoff.Routing;
using Assistant.Bot.Policy;
using Assistant.Bot.Privacy;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Storage.Support;
using Assistant.Bot.Understanding;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Bot.Tests.Storage;

/// <summary>
/// A database the bot of commit bb86395 filled (Fixtures/bb86395: rows in every table, times in both of that build's
/// forms), opened by today's code on each database: the start-up initializer migrates it, and every kind of row reads
/// back through the stores with its values and times.
/// </summary>
public abstract partial class LegacyDatabaseContract(StoreDatabases databases) : IAsyncLifetime
{
    // The fixture's clock: T0 = 2026-03-02 17:00 at +08:00 (09:00 UTC); At(m, t) = T0 + m minutes + t ticks.
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 17, 0, 0, TimeSpan.FromHours(8));

    private static readonly ConversationAddress Group = new("msteams", "19:team-a@thread.tacv2", ConversationScope.Group);
    private static readonly ConversationAddress Personal = new("webchat", "dl-conv-1");
    private static readonly ConversationAddress Idle = new("msteams", "a:idle-user");

    private static readonly (string Table, string Column)[] TimeColumns =
    [
        ("conversation_state", "updated_at"), ("conversation_reference", "stored_at"), ("answer", "answered_at"), ("feedback", "given_at"),
        ("unanswered", "asked_at"), ("handoff_case", "claim_due_at"), ("handoff_case", "reply_due_at"), ("handoff_case", "opened_at"),
        ("handoff_case", "updated_at"), ("handoff_case", "closed_at"), ("handoff_transcript", "at"), ("handoff_audit", "at"),
        ("handoff_outbox", "next_attempt_at"), ("handoff_outbox", "delivered_at"), ("handoff_outbox", "leased_until"),
        ("handoff_officer_thread", "started_at"), ("handoff_officer_thread_moved", "moved_at"),
        ("directline_conversation", "created_at"), ("directline_conversation", "last_activity_at"),
    ];

    protected StoreDatabases Databases => databases;

    protected static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "bb86395", file);

    /// <summary>A new database holding the fixture's rows, as the earlier build left it.</summary>
    protected abstract Task<IStoreDatabase> RestoreAsync();

    [StoreFact]
    public async Task The_initializer_brings_every_schema_to_its_last_version_and_every_time_to_the_one_form()
    {
        var database = await RestoreAsync();
        Assert.Equal(
            [("schema_version", 3L), ("directline_schema_version", 1L), ("handoff_schema_version", 3L)],
            await QueryAsync<(string, long)>(database, """
                SELECT 'schema_version', MAX(version) FROM schema_version UNION ALL
                SELECT 'directline_schema_version', MAX(version) FROM directline_schema_version UNION ALL
                SELECT 'handoff_schema_version', MAX(version) FROM handoff_schema_version
                """));
        var before = await TimesAsync(database);
        Assert.Contains(before, t => t.Text.EndsWith("+00:00", StringComparison.Ordinal));
        Assert.Contains(before, t => t.Text.EndsWith('Z'));

        await MigrateAsync(database);

        foreach (var schema in StoreSchemas.All)
            Assert.Equal(Enumerable.Range(1, schema.Migrations.Count).Select(v => (long)v), await QueryAsync<long>(database, $"SELECT version FROM {schema.VersionTable} ORDER BY version"));
        var after = await TimesAsync(database);
        Assert.Equal(before.Count, after.Count);
        Assert.All(after, t => Assert.Matches(OneForm(), t.Text));
        // The same instants, only spelled the one way.
        Assert.Equal(before.Select(t => (t.Column, StoredTime.Parse(t.Text))), after.Select(t => (t.Column, StoredTime.Parse(t.Text))));
    }

    [StoreFact]
    public async Task Conversation_state_references_and_answers_read_back_and_old_questions_are_purged_by_their_time()
    {
        var store = new SqlConversationStore(await MigratedAsync());

        var state = (await store.GetStateAsync(Group, CancellationToken.None))!;
        Assert.Equal(
            ("zh", "公司拖欠工资怎么办", 1, "handoff-requested", At(5, 1234567), "发电一厂运行一值"),
            (state.Language, state.LastQuestion, state.UnansweredInARow, state.PendingAction, state.UpdatedAt, state.OrgUnit));
        Assert.Equal(["劳动合同法#第三十条", "劳动法#第五十条"], state.LastArticleKeys);
        Assert.Equal(
            [("加班费怎么算", At(2), "29:user-1"), ("公司拖欠工资怎么办", At(5), "29:user-2")],
            state.RecentQuestions.Select(q => (q.Text, q.At, q.AskedBy)));
        Assert.Equal(["劳动法#第四十四条"], state.RecentQuestions[0].ArticleKeys);
        Assert.Equal([SensitiveTopic.WageArrears], state.RecentQuestions[1].Topics);
        var personal = (await store.GetStateAsync(Personal, CancellationToken.None))!;
        Assert.Equal(("en", 2, (string?)null, At(8)), (personal.Language, personal.UnansweredInARow, personal.PendingAction, personal.UpdatedAt));

        Assert.Equal(
            new ConversationReference(Group, """{"serviceUrl":"https://smba.trafficmanager.net/cn/","conversation":{"id":"19:team-a@thread.tacv2"}}""", At(0, 5)),
            await store.GetReferenceAsync(Group, CancellationToken.None));
        Assert.Equal(At(1), (await store.GetReferenceAsync(Personal, CancellationToken.None))!.StoredAt);

        var answer = (await store.GetAnswerAsync("a-1", CancellationToken.None))!;
        Assert.Equal(new AnswerRecord("a-1", Group, "公司拖欠工资怎么办", answer.ArticleKeys, "extractive", "zh", At(5, 1234567)), answer);
        Assert.Equal(["劳动合同法#第三十条", "劳动法#第五十条"], answer.ArticleKeys);
        Assert.Equal(("generated", At(2)), await ModeAndTimeAsync(store, "a-0"));
        Assert.Equal(("unsupported", At(7)), await ModeAndTimeAsync(store, "a-2"));
        Assert.Equal(("extractive", T0.AddDays(-420)), await ModeAndTimeAsync(store, "a-old"));

        // Only the idle conversation's rows are older than 400 days: its answer, feedback, unanswered question and state.
        Assert.Equal(new QuestionPurge(1, 1, 1, 1), await store.PurgeQuestionsAsync(T0.AddDays(-400), CancellationToken.None));
        Assert.Null(await store.GetStateAsync(Idle, CancellationToken.None));
        Assert.Null(await store.GetAnswerAsync("a-old", CancellationToken.None));
        Assert.NotNull(await store.GetAnswerAsync("a-0", CancellationToken.None));
    }

    [StoreFact]
    public async Task Feedback_unanswered_questions_and_cases_count_in_the_analytics_of_their_day()
    {
        var database = await MigratedAsync();
        var analytics = new CaseAnalytics(database, new SensitiveDataMasker(), new CaseRouter(Microsoft.Extensions.Options.Options.Create(SampleGrid.Options())));

        var report = await analytics.ReportAsync(T0.AddDays(-1), T0.AddDays(1), CancellationToken.None);

        Assert.Equal([new DailyCount("2026-03-02", 2, 2, 5)], report.QuestionsPerDay);
        Assert.Equal([new QuestionCount("食堂几点开门", 2)], report.TopUnanswered);
        Assert.Equal(new Dictionary<string, int> { ["Requested"] = 4, ["Sensitive"] = 1 }, report.CasesByReason);
        Assert.Equal(100, report.MedianMinutesToResolve);
        Assert.Equal((1, 1, 2.5), (report.Ratings["1"], report.Ratings["4"], report.AverageRating));
        Assert.Equal(
            [("a-0", 1L, "加班费怎么算", At(4)), ("a-old", 0L, "年休假几天", T0.AddDays(-420).AddMinutes(1))],
            (await QueryAsync<(string, long, string, string)>(database, "SELECT answer_id, helpful, question, given_at FROM feedback ORDER BY answer_id"))
                .Select(f => (f.Item1, f.Item2, f.Item3, StoredTime.Parse(f.Item4))));
    }

    [StoreFact]
    public async Task Cases_in_every_state_read_back_with_transcript_audit_and_outbox()
    {
        var store = new SqlCaseStore(await MigratedAsync());

        var assigned = (await store.GetAsync(2, CancellationToken.None))!;
        Assert.Equal(new HandoffCase(
            2, Personal, true, null, "匿名职工 #1002", "发电一厂运行一值", "发电一厂分工会", "话题 q-2", "摘要：q-2（劳动合同法第三十条）", assigned.ArticleKeys, "zh",
            HandoffReason.Requested, CaseStatus.Assigned, 0, "wangli", null, null, null, null, false, At(11), At(12, 7), null, 2), assigned);
        Assert.Equal(["劳动合同法#第三十条"], assigned.ArticleKeys);
        var cases = new List<HandoffCase>();
        for (var id = 1; id <= 6; id++)
            cases.Add((await store.GetAsync(id, CancellationToken.None))!);
        Assert.Equal(
            [CaseStatus.Queued, CaseStatus.Assigned, CaseStatus.Active, CaseStatus.Closed, CaseStatus.Reopened, CaseStatus.Closed],
            cases.Select(c => c.Status));
        Assert.Equal((false, "29:user-2", "张伟", At(40)), (cases[0].Anonymous, cases[0].EmployeeId, cases[0].EmployeeLabel, cases[0].ClaimDueAt));
        Assert.Equal(("sunwei", At(75), At(15)), (cases[2].OfficerId, cases[2].ReplyDueAt, cases[2].UpdatedAt));
        Assert.Equal(
            ("检修公司分工会", HandoffReason.Sensitive, 4, "谢谢，很及时", At(-300), At(-190), 3L),
            (cases[3].Branch, cases[3].Reason, cases[3].Rating, cases[3].RatingComment, cases[3].OpenedAt, cases[3].ClosedAt, cases[3].Version));
        Assert.Equal((1, 1, At(20), (DateTimeOffset?)null), (cases[4].Level, cases[4].Rating, cases[4].ClaimDueAt, cases[4].ClosedAt));
        Assert.Equal(("", "", T0.AddDays(-200), (string?)null), (cases[5].Summary, cases[5].Topic, cases[5].ClosedAt, cases[5].OrgUnit));
        Assert.Equal(4, (await store.GetLatestAsync(Group.Key, CancellationToken.None))!.Id);

        Assert.Equal(
            [(At(12), "employee", "我要找工会：话题 q-3"), (At(15), "officer", "您好，请问是哪个月开始拖欠的？"), (At(16), "employee", "从一月开始")],
            (await store.GetTranscriptAsync(3, CancellationToken.None)).Select(t => (t.At, t.Author, t.Text)));
        Assert.Empty(await store.GetTranscriptAsync(6, CancellationToken.None));
        Assert.Equal(
            [(T0.AddDays(-220), CaseActions.Opened, "Requested"), (At(0), CaseActions.TranscriptPurged, null)],
            (await store.GetAuditAsync(6, CancellationToken.None)).Select(e => (e.At, e.Action, e.Detail)));
        Assert.Equal(
            [CaseActions.Opened, CaseActions.Resolved, CaseActions.Rated, CaseActions.Commented],
            (await store.GetAuditAsync(4, CancellationToken.None)).Select(e => e.Action));

        // Newest activity first, page by page; the list by status and branch too.
        var pages = new List<long>();
        CaseCursor? cursor = null;
        while (await store.ListAsync(new CaseQuery(null, null, 2, cursor), CancellationToken.None) is { Count: > 0 } page)
        {
            pages.AddRange(page.Select(c => c.Id));
            Assert.True(pages.Count <= 6, "A page repeated cases: " + string.Join(", ", pages));
            cursor = CaseCursor.After(page[^1]);
        }
        Assert.Equal([3L, 2, 1, 5, 4, 6], pages);
        Assert.Equal([4L, 6], (await store.ListAsync(new CaseQuery(CaseStatus.Closed, null, 50), CancellationToken.None)).Select(c => c.Id));
        Assert.Equal([3L, 2, 1, 5], (await store.ListAsync(new CaseQuery(null, "发电一厂分工会", 50), CancellationToken.None)).Select(c => c.Id));
        Assert.Equal([1L, 5], (await store.OverdueAsync(At(45), CancellationToken.None)).Select(c => c.Id));

        // The outbox: row 1 leased until T0+31m, row 2 failed once and due again at T0+11m30s, 4, 5 and 8 delivered,
        // 7 waits behind 6 (same case and recipient).
        var due = await store.LeaseDueOutboxAsync(At(30), At(32), 10, CancellationToken.None);
        Assert.Equal([(2L, 1, At(11.5)), (3L, 0, At(12)), (6L, 0, At(-100))], due.Select(m => (m.Id, m.Attempts, m.NextAttemptAt)));
        Assert.Equal([1L], (await store.LeaseDueOutboxAsync(At(31), At(32), 10, CancellationToken.None)).Select(m => m.Id));

        // Case 4 was closed at T0-190m: its transcript goes with a retention ending at T0.
        Assert.Equal(1, await store.PurgeTranscriptsAsync(At(0), At(1), CancellationToken.None));
        Assert.Empty(await store.GetTranscriptAsync(4, CancellationToken.None));
    }

    [StoreFact]
    public async Task Officer_threads_read_back_with_the_moved_one()
    {
        var threads = new SqlOfficerThreadStore(await MigratedAsync());

        Assert.Equal(new OfficerThread(1, "19:officers@thread.tacv2;messageid=1001", "1001", At(10, 99)), await threads.GetAsync(1, CancellationToken.None));
        Assert.Equal(new OfficerThread(4, "19:union@thread.tacv2;messageid=3001", "3001", At(-250)), await threads.FindAsync("19:union@thread.tacv2;messageid=3001", CancellationToken.None));
        Assert.Null(await threads.FindAsync("19:repair@thread.tacv2;messageid=2001", CancellationToken.None));
        Assert.Equal(4, await threads.FindMovedAsync("19:repair@thread.tacv2;messageid=2001", CancellationToken.None));
    }

    [StoreFact]
    public async Task Direct_line_conversations_and_history_read_back_and_continue()
    {
        var store = new DirectLineStore(await MigratedAsync());

        Assert.Equal(new DirectLineConversation("dl-conv-1", "dl_user-1", "张伟", At(1), At(3, 5)), await store.GetConversationAsync("dl-conv-1", CancellationToken.None));
        Assert.Equal(new DirectLineConversation("dl-conv-2", "dl_user-1", null, At(-2), At(-1)), await store.GetConversationAsync("dl-conv-2", CancellationToken.None));
        Assert.Equal("dl-conv-1", (await store.LatestConversationOfAsync("dl_user-1", CancellationToken.None))!.ConversationId);
        Assert.Equal(
            [new StoredActivity(2, """{"type":"message","id":"dl-conv-1|2","text":"第2条"}"""), new StoredActivity(3, """{"type":"message","id":"dl-conv-1|3","text":"第3条"}""")],
            await store.ActivitiesAfterAsync("dl-conv-1", 1, CancellationToken.None));
        Assert.Equal(4, (await store.AppendAsync("dl-conv-1", At(60), seq => "{}", CancellationToken.None)).Seq);

        Assert.Equal(1, await store.PurgeAsync(T0.AddDays(-30), CancellationToken.None));
        Assert.Null(await store.GetConversationAsync("dl-old", CancellationToken.None));
        Assert.Empty(await store.ActivitiesAfterAsync("dl-old", 0, CancellationToken.None));
    }

    [StoreFact]
    public async Task The_key_ring_still_unprotects_what_the_earlier_build_protected()
    {
        var database = await MigratedAsync();
        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddDataProtectionKeysInStore();
        await using var provider = services.BuildServiceProvider();

        var payload = (await File.ReadAllTextAsync(Fixture("protected-payload.txt"))).Trim();

        Assert.Equal("officer wangli", provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("fixture").Unprotect(payload));
    }

    private static DateTimeOffset At(double minutes, long ticks = 0) => T0.AddMinutes(minutes).AddTicks(ticks);

    private async Task<IStoreDatabase> MigratedAsync()
    {
        var database = await RestoreAsync();
        await MigrateAsync(database);
        return database;
    }

    // What the bot does at start.
    private static Task MigrateAsync(IStoreDatabase database) =>
        new StorageInitializer(database, StoreSchemas.All, NullLogger<StorageInitializer>.Instance).StartAsync(CancellationToken.None);

    private static async Task<(string Mode, DateTimeOffset At)> ModeAndTimeAsync(SqlConversationStore store, string answerId)
    {
        var answer = (await store.GetAnswerAsync(answerId, CancellationToken.None))!;
        return (answer.Mode, answer.At);
    }

    private static async Task<List<(string Column, string Text)>> TimesAsync(IStoreDatabase database)
    {
        var times = new List<(string, string)>();
        foreach (var (table, column) in TimeColumns)
        {
            var values = await QueryAsync<string?>(database, $"SELECT {column} FROM {table} ORDER BY {column}");
            times.AddRange(values.OfType<string>().Select(text => (table + "." + column, text)));
        }
        return times;
    }

    private static async Task<List<T>> QueryAsync<T>(IStoreDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<T>(sql)).ToList();
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$")]
    private static partial Regex OneForm();

    public Task InitializeAsync() => databases.InitializeAsync();

    public Task DisposeAsync() => databases.DisposeAsync();
}

public sealed class SqliteLegacyDatabaseTests() : LegacyDatabaseContract(new SqliteDatabases())
{
    protected override async Task<IStoreDatabase> RestoreAsync()
    {
        var database = (SqliteDatabase)await Databases.NewEmptyAsync();
        File.Copy(Fixture("assistant.db"), new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        return database;
    }
}

public sealed class PostgresLegacyDatabaseTests(PostgresDatabaseFixture fixture)
    : LegacyDatabaseContract(new PostgresDatabases(fixture)), IClassFixture<PostgresDatabaseFixture>, IRunsOnPostgres
{
    protected override async Task<IStoreDatabase> RestoreAsync()
    {
        var database = await Databases.NewEmptyAsync();
        var script = await File.ReadAllTextAsync(Fixture("assistant.postgres.sql"));
        await database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = script;
            return await command.ExecuteNonQueryAsync();
        }, durable: true, CancellationToken.None);
        return database;
    }
}

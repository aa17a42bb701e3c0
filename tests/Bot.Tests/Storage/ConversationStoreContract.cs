using Assistant.Bot.Conversations;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Storage.Support;
using Dapper;

namespace Assistant.Bot.Tests.Storage;

/// <summary>What every conversation store does, on each database (<see cref="SqlConversationStore"/> over SQLite and PostgreSQL).</summary>
public abstract class ConversationStoreContract(StoreDatabases databases) : IAsyncLifetime
{
    protected static readonly DateTimeOffset At = new(2026, 3, 2, 17, 30, 15, 123, TimeSpan.FromHours(8));
    private readonly ConversationAddress _address = new("msteams", "a:1xyz", ConversationScope.Group);

    protected StoreDatabases Databases => databases;

    [StoreFact]
    public async Task State_round_trips_and_is_overwritten()
    {
        var store = new SqlConversationStore(await databases.NewAsync());
        Assert.Null(await store.GetStateAsync(_address, CancellationToken.None));

        var state = new ConversationState(_address, "zh", "会费怎么交", ["会费办法#第四条", "会费办法#第六条"], 2, "handoff-requested", At);
        await store.SaveStateAsync(state, CancellationToken.None);
        var read = await store.GetStateAsync(_address, CancellationToken.None);
        Assert.Equal(state with { LastArticleKeys = read!.LastArticleKeys, RecentQuestions = read.RecentQuestions }, read);
        Assert.Equal(state.LastArticleKeys, read.LastArticleKeys);

        await store.SaveStateAsync(state with { Language = "en", LastQuestion = null, LastArticleKeys = [], UnansweredInARow = 0, PendingAction = null }, CancellationToken.None);
        read = await store.GetStateAsync(_address, CancellationToken.None);
        Assert.Equal("en", read!.Language);
        Assert.Null(read.LastQuestion);
        Assert.Empty(read.LastArticleKeys);
        Assert.Null(read.PendingAction);
    }

    [StoreFact]
    public async Task Recent_questions_and_the_chosen_org_unit_round_trip()
    {
        var store = new SqlConversationStore(await databases.NewAsync());
        var state = new ConversationState(_address, "zh", "加班费怎么算", ["劳动法#第四十四条"], 0, null, At)
            .WithQuestion(new AskedQuestion("公司拖欠工资怎么办", ["劳动合同法#第三十条", "劳动法#第五十条"], At.AddMinutes(-3), "29:user-1"))
            .WithQuestion(new AskedQuestion("加班费怎么算", ["劳动法#第四十四条"], At)) with { OrgUnit = "发电一厂运行一值" };

        await store.SaveStateAsync(state, CancellationToken.None);
        var read = (await store.GetStateAsync(_address, CancellationToken.None))!;

        Assert.Equal(["公司拖欠工资怎么办", "加班费怎么算"], read.RecentQuestions.Select(q => q.Text));
        Assert.Equal(["劳动合同法#第三十条", "劳动法#第五十条"], read.RecentQuestions[0].ArticleKeys);
        Assert.Equal((At.AddMinutes(-3), "29:user-1"), (read.RecentQuestions[0].At, read.RecentQuestions[0].AskedBy));
        Assert.Null(read.RecentQuestions[1].AskedBy);
        Assert.Equal("发电一厂运行一值", read.OrgUnit);
    }

    [StoreFact]
    public async Task A_database_of_the_first_schema_keeps_its_state_and_gains_the_new_columns()
    {
        var database = await databases.NewEmptyAsync();
        var first = database.IsPostgreSql ? SchemaMigrations.ForPostgreSql(new ConversationSchema().Migrations[0]) : new ConversationSchema().Migrations[0];
        await database.WriteAsync(connection => connection.ExecuteAsync(
            "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);" + first + """
            INSERT INTO conversation_state VALUES ('msteams|a:1xyz', 'msteams', 'a:1xyz', 'Group', 'zh', '会费怎么交', '["会费办法#第四条"]', 0, NULL, '2026-03-02T09:30:15.1230000+00:00');
            """), durable: false, CancellationToken.None);

        await StoreSchemas.CreateAsync(database);
        var read = (await new SqlConversationStore(database).GetStateAsync(_address, CancellationToken.None))!;

        Assert.Equal("会费怎么交", read.LastQuestion);
        Assert.Empty(read.RecentQuestions);
        Assert.Null(read.OrgUnit);
    }

    [StoreFact]
    public async Task References_round_trip_per_conversation()
    {
        var store = new SqlConversationStore(await databases.NewAsync());
        var reference = new ConversationReference(_address, """{"serviceUrl":"https://smba.example/"}""", At);

        await store.SaveReferenceAsync(reference, CancellationToken.None);
        await store.SaveReferenceAsync(reference with { ChannelReference = "{}", Address = _address with { ConversationId = "other" } }, CancellationToken.None);

        Assert.Equal(reference, await store.GetReferenceAsync(_address, CancellationToken.None));
        Assert.Null(await store.GetReferenceAsync(_address with { ChannelId = "webchat" }, CancellationToken.None));
    }

    [StoreFact]
    public async Task Answers_feedback_and_unanswered_questions_are_kept()
    {
        var database = await databases.NewAsync();
        var store = new SqlConversationStore(database);
        var answer = new AnswerRecord("a1", _address, "会费怎么交", ["会费办法#第四条"], "extractive", "zh", At);

        await store.RecordAnswerAsync(answer, CancellationToken.None);
        await store.RecordFeedbackAsync(new AnswerFeedback("a1", _address, true, "会费怎么交", ["会费办法#第四条"], At), CancellationToken.None);
        await store.RecordUnansweredAsync(new UnansweredQuestion(_address, "今天天气怎么样", "zh", "not-covered", ["指南#加班费怎么算？"], At), CancellationToken.None);

        var read = await store.GetAnswerAsync("a1", CancellationToken.None);
        Assert.Equal(answer.ArticleKeys, read!.ArticleKeys);
        Assert.Equal(answer with { ArticleKeys = read.ArticleKeys }, read);
        Assert.Null(await store.GetAnswerAsync("nope", CancellationToken.None));
        Assert.Equal([("a1", 1L, "会费怎么交", """["会费办法#第四条"]""")],
            await QueryAsync<(string, long, string, string)>(database, "SELECT answer_id, helpful, question, article_keys FROM feedback"));
        Assert.Equal([("今天天气怎么样", "zh", "not-covered", """["指南#加班费怎么算？"]""")],
            await QueryAsync<(string, string, string, string)>(database, "SELECT question, language, reason, closest_article_keys FROM unanswered"));
    }

    [StoreFact]
    public async Task Questions_older_than_the_cutoff_are_deleted_with_idle_states_and_newer_ones_stay()
    {
        var store = new SqlConversationStore(await databases.NewAsync());
        var idle = new ConversationAddress("webchat", "idle");
        var old = At.AddDays(-400);
        foreach (var (id, address, at) in new[] { ("a-old", idle, old), ("a-new", _address, At) })
        {
            await store.RecordAnswerAsync(new AnswerRecord(id, address, "加班费怎么算", ["劳动法#第四十四条"], "extractive", "zh", at), CancellationToken.None);
            await store.RecordFeedbackAsync(new AnswerFeedback(id, address, false, "加班费怎么算", ["劳动法#第四十四条"], at), CancellationToken.None);
            await store.RecordUnansweredAsync(new UnansweredQuestion(address, "食堂几点开门", "zh", "not-covered", [], at), CancellationToken.None);
            await store.SaveStateAsync(new ConversationState(address, "zh", "加班费怎么算", ["劳动法#第四十四条"], 0, null, at), CancellationToken.None);
        }

        var purged = await store.PurgeQuestionsAsync(At.AddDays(-30), CancellationToken.None);

        Assert.Equal(new QuestionPurge(1, 1, 1, 1), purged);
        Assert.Null(await store.GetAnswerAsync("a-old", CancellationToken.None));
        Assert.Null(await store.GetStateAsync(idle, CancellationToken.None));
        Assert.NotNull(await store.GetAnswerAsync("a-new", CancellationToken.None));
        Assert.NotNull(await store.GetStateAsync(_address, CancellationToken.None));
        Assert.Equal(new QuestionPurge(0, 0, 0, 0), await store.PurgeQuestionsAsync(At.AddDays(-30), CancellationToken.None));
        Assert.Equal(new QuestionPurge(1, 1, 1, 1), await store.PurgeQuestionsAsync(At.AddSeconds(1), CancellationToken.None));
    }

    [StoreFact]
    public async Task Concurrent_writes_all_land()
    {
        var database = await databases.NewAsync();
        var store = new SqlConversationStore(database);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var address = new ConversationAddress("webchat", "c" + (i % 8));
            await store.SaveStateAsync(new ConversationState(address, "zh", "q" + i, [], i, null, At), CancellationToken.None);
            await store.RecordAnswerAsync(new AnswerRecord("answer-" + i, address, "q" + i, [], "extractive", "zh", At), CancellationToken.None);
            await store.RecordUnansweredAsync(new UnansweredQuestion(address, "u" + i, "zh", "no-hits", [], At), CancellationToken.None);
        })));

        for (var i = 0; i < 40; i++)
            Assert.NotNull(await store.GetAnswerAsync("answer-" + i, CancellationToken.None));
        Assert.Equal(40, (await QueryAsync<string>(database, "SELECT question FROM unanswered")).Count);
        for (var c = 0; c < 8; c++)
            Assert.NotNull(await store.GetStateAsync(new ConversationAddress("webchat", "c" + c), CancellationToken.None));
    }

    [StoreFact]
    public async Task Data_survives_reopening()
    {
        var database = await databases.NewAsync();
        await new SqlConversationStore(database).SaveStateAsync(new ConversationState(_address, "en", "q", ["k"], 1, null, At), CancellationToken.None);

        var reopened = databases.Reopen(database);
        var schema = new ConversationSchema();
        Assert.Equal(schema.Migrations.Count, await SchemaMigrations.ApplyAsync(reopened, schema, CancellationToken.None));
        Assert.Equal("en", (await new SqlConversationStore(reopened).GetStateAsync(_address, CancellationToken.None))!.Language);
    }

    [StoreFact]
    public async Task Cancellation_reaches_the_store()
    {
        var store = new SqlConversationStore(await databases.NewAsync());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetStateAsync(_address, cancelled.Token));
    }

    protected static async Task<List<T>> QueryAsync<T>(IStoreDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<T>(sql)).ToList();
    }

    public Task InitializeAsync() => databases.InitializeAsync();

    public Task DisposeAsync() => databases.DisposeAsync();
}

public sealed class SqliteConversationStoreTests() : ConversationStoreContract(new SqliteDatabases())
{
    [Fact]
    public void Only_the_last_questions_are_kept()
    {
        var state = new ConversationState(new ConversationAddress("webchat", "c1"), "zh", null, [], 0, null, At);
        for (var i = 1; i <= ConversationState.MaxRecentQuestions + 2; i++)
            state = state.WithQuestion(new AskedQuestion("q" + i, [], At.AddMinutes(i)));

        Assert.Equal(Enumerable.Range(3, ConversationState.MaxRecentQuestions).Select(i => "q" + i), state.RecentQuestions.Select(q => q.Text));
    }

    [Fact]
    public async Task The_file_is_in_wal_mode()
    {
        var database = await Databases.NewAsync();

        Assert.Equal(["wal"], await QueryAsync<string>(database, "PRAGMA journal_mode"));
    }
}

public sealed class PostgresConversationStoreTests(PostgresDatabaseFixture fixture)
    : ConversationStoreContract(new PostgresDatabases(fixture)), IClassFixture<PostgresDatabaseFixture>, IRunsOnPostgres;

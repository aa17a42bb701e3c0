using Assistant.Bot.Channels.DirectLine;
using Assistant.Bot.Conversations;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Policy;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Storage.Support;
using Dapper;

namespace Assistant.Bot.Tests.Storage;

/// <summary>
/// Rows whose times are in the form builds before ADR 0028 wrote (<c>…+00:00</c>): the migrations rewrite them, but an
/// instance of such a build may still write them into a shared PostgreSQL database while it is upgraded. Beside rows in
/// the one form (<see cref="StoredTime"/>) they are cut, ordered and paged by their time, on each database.
/// </summary>
public abstract class EarlierTimeFormContract(StoreDatabases databases) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task A_purge_cuts_rows_of_both_forms_at_their_time()
    {
        var database = await databases.NewAsync();
        var store = new SqlConversationStore(database);
        // Minutes around the cutoff T0; the odd ones written in the earlier form.
        int[] minutes = [-3, -2, -1, 1, 2, 3];
        foreach (var minute in minutes)
        {
            var address = new ConversationAddress("webchat", "c" + minute);
            var at = T0.AddMinutes(minute).AddTicks(minute);
            await store.SaveTurnAsync(new ConversationTurn(
                new ConversationState(address, "zh", "q", [], 0, null, at),
                new AnswerRecord("a" + minute, address, "q", [], "extractive", "zh", at),
                new UnansweredQuestion(address, "q", "zh", "no-hits", [], at),
                new AnswerFeedback("a" + minute, address, true, "q", [], at)), CancellationToken.None);
        }
        await ToEarlierFormAsync(database, "conversation_state", "updated_at", "conversation_id IN ('c-3', 'c-1', 'c1', 'c3')");
        await ToEarlierFormAsync(database, "answer", "answered_at", "answer_id IN ('a-3', 'a-1', 'a1', 'a3')");
        await ToEarlierFormAsync(database, "unanswered", "asked_at", "conversation_key IN ('webchat|c-3', 'webchat|c-1', 'webchat|c1', 'webchat|c3')");
        await ToEarlierFormAsync(database, "feedback", "given_at", "answer_id IN ('a-3', 'a-1', 'a1', 'a3')");

        Assert.Equal(new QuestionPurge(3, 3, 3, 3), await store.PurgeQuestionsAsync(T0, CancellationToken.None));

        foreach (var minute in minutes)
            Assert.Equal(minute > 0, await store.GetAnswerAsync("a" + minute, CancellationToken.None) is not null);
    }

    [StoreFact]
    public async Task The_case_list_orders_and_pages_rows_of_both_forms_by_their_time_and_deadlines_fall_due_at_theirs()
    {
        var database = await databases.NewAsync();
        var store = new SqlCaseStore(database);
        // Activity at these minutes, in creation order; the cases made second, fourth, fifth and sixth are written in the
        // earlier form, so pages of two end on such a row (the cursor names its time) and one deadline is due at the tick.
        int[] minutes = [3, 0, 4, 1, 2, 5, 6];
        var ids = new List<long>();
        foreach (var minute in minutes)
        {
            var at = T0.AddMinutes(minute);
            var created = await store.CreateAsync(Draft("c" + ids.Count, at) with { ClaimDueAt = at }, new CaseChange([new CaseEvent(0, at, CaseActions.System, CaseActions.Opened)]), CancellationToken.None);
            ids.Add(created.Id);
        }
        var earlier = string.Join(", ", new[] { ids[1], ids[3], ids[4], ids[5] });
        await ToEarlierFormAsync(database, "handoff_case", "updated_at", $"id IN ({earlier})");
        await ToEarlierFormAsync(database, "handoff_case", "claim_due_at", $"id IN ({earlier})");

        var pages = new List<long>();
        CaseCursor? cursor = null;
        while (await store.ListAsync(new CaseQuery(null, null, 2, cursor), CancellationToken.None) is { Count: > 0 } page)
        {
            pages.AddRange(page.Select(c => c.Id));
            Assert.True(pages.Count <= minutes.Length, "A page repeated cases: " + string.Join(", ", pages));
            cursor = CaseCursor.After(page[^1]);
        }

        Assert.Equal([ids[6], ids[5], ids[2], ids[0], ids[4], ids[3], ids[1]], pages);
        Assert.Equal([ids[1], ids[3], ids[4]], (await store.OverdueAsync(T0.AddMinutes(2), CancellationToken.None)).Select(c => c.Id).Order());
    }

    [StoreFact]
    public async Task Direct_line_finds_the_latest_conversation_and_purges_by_time_whatever_the_form()
    {
        var database = await databases.NewAsync();
        var store = new DirectLineStore(database);
        await store.CreateConversationAsync("newer", "dl_u", null, T0.AddMinutes(1), CancellationToken.None);
        await store.CreateConversationAsync("older", "dl_u", null, T0.AddMinutes(-1), CancellationToken.None);
        await store.CreateConversationAsync("latest", "dl_u", null, T0.AddMinutes(2), CancellationToken.None);
        await ToEarlierFormAsync(database, "directline_conversation", "last_activity_at", "conversation_id IN ('older', 'latest')");

        Assert.Equal("latest", (await store.LatestConversationOfAsync("dl_u", CancellationToken.None))!.ConversationId);
        Assert.Equal(T0.AddMinutes(-1), (await store.GetConversationAsync("older", CancellationToken.None))!.LastActivityAt);
        Assert.Equal(1, await store.PurgeAsync(T0, CancellationToken.None));
        Assert.Null(await store.GetConversationAsync("older", CancellationToken.None));
    }

    /// <summary>Rewrites <paramref name="column"/> of the rows <paramref name="where"/> selects as an earlier build wrote it.</summary>
    private static Task ToEarlierFormAsync(IStoreDatabase database, string table, string column, string where) =>
        database.WriteAsync(connection => connection.ExecuteAsync(
            $"UPDATE {table} SET {column} = substr({column}, 1, 27) || '+00:00' WHERE {where}"), durable: false, CancellationToken.None);

    private static HandoffCase Draft(string conversation, DateTimeOffset at) => new(
        0, new ConversationAddress("webchat", conversation), true, null, "匿名职工 #1", "发电一厂运行一值", "发电一厂分工会", "topic", "summary", [], "zh",
        HandoffReason.Requested, CaseStatus.Queued, 0, null, at, null, null, null, false, at, at, null, 0);

    public Task InitializeAsync() => databases.InitializeAsync();

    public Task DisposeAsync() => databases.DisposeAsync();
}

public sealed class SqliteEarlierTimeFormTests() : EarlierTimeFormContract(new SqliteDatabases());

public sealed class PostgresEarlierTimeFormTests(PostgresDatabaseFixture fixture)
    : EarlierTimeFormContract(new PostgresDatabases(fixture)), IClassFixture<PostgresDatabaseFixture>, IRunsOnPostgres;

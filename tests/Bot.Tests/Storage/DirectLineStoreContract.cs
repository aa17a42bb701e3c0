using Assistant.Bot.Channels.DirectLine;
using Assistant.Bot.Tests.Storage.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Bot.Tests.Storage;

/// <summary>What the Direct Line store does on each database, and (PostgreSQL) how an append wakes another instance's socket.</summary>
public abstract class DirectLineStoreContract(StoreDatabases databases) : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    protected StoreDatabases Databases => databases;

    [StoreFact]
    public async Task A_conversation_is_created_once_and_the_users_latest_is_found()
    {
        var store = new DirectLineStore(await databases.NewAsync());

        Assert.True(await store.CreateConversationAsync("c1", "dl_u", "张伟", Now, CancellationToken.None));
        Assert.False(await store.CreateConversationAsync("c1", "dl_other", null, Now, CancellationToken.None));
        Assert.True(await store.CreateConversationAsync("c2", "dl_u", "张伟", Now.AddMinutes(1), CancellationToken.None));
        await store.AppendAsync("c1", Now.AddMinutes(2), seq => "{}", CancellationToken.None);

        Assert.Equal(new DirectLineConversation("c1", "dl_u", "张伟", Now, Now.AddMinutes(2)), await store.GetConversationAsync("c1", CancellationToken.None));
        Assert.Equal("c1", (await store.LatestConversationOfAsync("dl_u", CancellationToken.None))!.ConversationId);
        Assert.Null(await store.LatestConversationOfAsync("dl_nobody", CancellationToken.None));
        Assert.Null(await store.GetConversationAsync("nope", CancellationToken.None));
    }

    [StoreFact]
    public async Task Appends_are_numbered_in_order_and_read_after_a_watermark()
    {
        var store = new DirectLineStore(await databases.NewAsync());
        await store.CreateConversationAsync("c1", "dl_u", null, Now, CancellationToken.None);

        for (var i = 0; i < 4; i++)
            await store.AppendAsync("c1", Now, seq => $$"""{"id":"c1|{{seq}}"}""", CancellationToken.None);

        Assert.Equal([3L, 4L], (await store.ActivitiesAfterAsync("c1", 2, CancellationToken.None)).Select(a => a.Seq));
        Assert.Equal([new StoredActivity(2, """{"id":"c1|2"}""")], await store.ActivitiesAfterAsync("c1", 1, CancellationToken.None, upTo: 2));
        Assert.Empty(await store.ActivitiesAfterAsync("c1", 4, CancellationToken.None));
    }

    [StoreFact]
    public async Task Two_instances_appending_to_one_conversation_get_distinct_consecutive_numbers()
    {
        var database = await databases.NewAsync();
        var stores = new[] { new DirectLineStore(database), new DirectLineStore(databases.Reopen(database)) };
        await stores[0].CreateConversationAsync("c1", "dl_u", null, Now, CancellationToken.None);

        var appended = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() =>
            stores[i % 2].AppendAsync("c1", Now, seq => "{}", CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), appended.Select(a => a.Seq).Order());
        Assert.Equal(30, (await stores[1].ActivitiesAfterAsync("c1", 0, CancellationToken.None)).Count);
    }

    [StoreFact]
    public async Task Inactive_conversations_are_purged_with_their_history()
    {
        var store = new DirectLineStore(await databases.NewAsync());
        await store.CreateConversationAsync("old", "dl_u", null, Now.AddDays(-40), CancellationToken.None);
        await store.AppendAsync("old", Now.AddDays(-40), seq => "{}", CancellationToken.None);
        await store.CreateConversationAsync("new", "dl_u", null, Now, CancellationToken.None);

        Assert.Equal(1, await store.PurgeAsync(Now.AddDays(-30), CancellationToken.None));

        Assert.Null(await store.GetConversationAsync("old", CancellationToken.None));
        Assert.Empty(await store.ActivitiesAfterAsync("old", 0, CancellationToken.None));
        Assert.NotNull(await store.GetConversationAsync("new", CancellationToken.None));
    }

    public Task InitializeAsync() => databases.InitializeAsync();

    public Task DisposeAsync() => databases.DisposeAsync();
}

public sealed class SqliteDirectLineStoreTests() : DirectLineStoreContract(new SqliteDatabases())
{
    [Fact]
    public async Task Wake_ups_stay_in_process_without_a_listener()
    {
        var database = await Databases.NewAsync();
        var streams = new ConversationStreams();
        using var wakeups = new DirectLineWakeups(database, streams, TimeProvider.System, NullLogger<DirectLineWakeups>.Instance);

        await wakeups.StartAsync(CancellationToken.None);

        await wakeups.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(new DirectLineStore(database).IsShared);
        Assert.False(await new DirectLineStore(database).AnnounceEphemeralAsync("c1", "{}", CancellationToken.None));
        Assert.False(wakeups.Listening.Task.IsCompleted);
    }
}

public sealed class PostgresDirectLineStoreTests(PostgresDatabaseFixture fixture)
    : DirectLineStoreContract(new PostgresDatabases(fixture)), IClassFixture<PostgresDatabaseFixture>, IRunsOnPostgres
{
    [StoreFact]
    public async Task An_append_or_typing_by_another_instance_reaches_this_instances_socket()
    {
        var here = await Databases.NewAsync();
        var elsewhere = new DirectLineStore(Databases.Reopen(here));
        await elsewhere.CreateConversationAsync("c-wake", "dl_u", null, Now, CancellationToken.None);
        var streams = new ConversationStreams();
        using var session = streams.Open("c-wake");
        using var wakeups = new DirectLineWakeups(here, streams, TimeProvider.System, NullLogger<DirectLineWakeups>.Instance);
        await wakeups.StartAsync(CancellationToken.None);
        await wakeups.Listening.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal(long.MaxValue, (await session.Signals.ReadAsync(timeout.Token)).UpTo);

        var stored = await elsewhere.AppendAsync("c-wake", Now, seq => "{}", CancellationToken.None);

        Assert.Equal(new StreamSignal(stored.Seq, null), await session.Signals.ReadAsync(timeout.Token));
        const string Typing = "{\"type\":\"typing\"}";
        Assert.True(await elsewhere.AnnounceEphemeralAsync("c-wake", Typing, CancellationToken.None));
        Assert.Equal(new StreamSignal(0, Typing), await session.Signals.ReadAsync(timeout.Token));
        Assert.False(await elsewhere.AnnounceEphemeralAsync("c-wake", new string('x', 8000), CancellationToken.None));
        Assert.True(elsewhere.IsShared);
        await wakeups.StopAsync(CancellationToken.None);
    }
}

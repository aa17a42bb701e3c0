using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Handoff.Relay;
using Assistant.Bot.Tests.Storage.Support;

namespace Assistant.Bot.Tests.Storage;

/// <summary>The case ↔ officers' channel thread records on each database.</summary>
public abstract class OfficerThreadStoreContract(StoreDatabases databases) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task A_case_keeps_its_first_thread_and_the_thread_is_found_by_its_conversation()
    {
        var database = await databases.NewAsync();
        var threads = new SqlOfficerThreadStore(database);
        Assert.Null(await threads.GetAsync(7, CancellationToken.None));
        Assert.Null(await threads.FindAsync("19:officers@thread.tacv2;messageid=1", CancellationToken.None));

        var first = await threads.AddAsync(new OfficerThread(7, "19:officers@thread.tacv2;messageid=1", "1", Now), CancellationToken.None);
        var second = await threads.AddAsync(new OfficerThread(7, "19:officers@thread.tacv2;messageid=2", "2", Now.AddMinutes(1)), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(first, await threads.GetAsync(7, CancellationToken.None));
        Assert.Equal(first, await threads.FindAsync("19:officers@thread.tacv2;messageid=1", CancellationToken.None));
        Assert.Null(await threads.FindAsync("19:officers@thread.tacv2;messageid=2", CancellationToken.None));
        // Another store on the same database (a restart, another instance) sees the same thread.
        var reopened = new SqlOfficerThreadStore(databases.Reopen(database));
        Assert.Equal(first, await reopened.GetAsync(7, CancellationToken.None));
    }

    [StoreFact]
    public async Task A_case_moved_to_another_channel_gets_the_new_thread_and_its_old_thread_is_remembered_as_moved()
    {
        var database = await databases.NewAsync();
        var threads = new SqlOfficerThreadStore(database);
        var other = new SqlOfficerThreadStore(databases.Reopen(database));
        const string Old = "19:repair@thread.tacv2;messageid=1";
        await threads.AddAsync(new OfficerThread(9, Old, "1", Now), CancellationToken.None);
        var target = new OfficerThread(9, "19:officers@thread.tacv2;messageid=5", "5", Now.AddHours(1));

        var moved = await threads.MoveAsync(Old, target, CancellationToken.None);
        // Another instance retrying the same move (its own new thread) keeps the first one's.
        var again = await other.MoveAsync(Old, target with { ConversationId = "19:officers@thread.tacv2;messageid=6", CardActivityId = "6" }, CancellationToken.None);

        Assert.Equal(target, moved);
        Assert.Equal(target, again);
        Assert.Equal(target, await other.FindAsync(target.ConversationId, CancellationToken.None));
        Assert.Null(await threads.FindAsync(Old, CancellationToken.None));
        Assert.Equal(9, await other.FindMovedAsync(Old, CancellationToken.None));
        Assert.Null(await threads.FindMovedAsync(target.ConversationId, CancellationToken.None));
    }

    [StoreFact]
    public async Task Two_instances_adding_a_thread_for_one_case_at_once_both_get_the_one_kept()
    {
        var database = await databases.NewAsync();
        var stores = new[] { new SqlOfficerThreadStore(database), new SqlOfficerThreadStore(databases.Reopen(database)) };

        var added = await Task.WhenAll(stores.Select((store, i) => Task.Run(() =>
            store.AddAsync(new OfficerThread(8, "19:officers@thread.tacv2;messageid=" + i, i.ToString(System.Globalization.CultureInfo.InvariantCulture), Now), CancellationToken.None))));

        Assert.Equal(added[0], added[1]);
        Assert.Equal(added[0], await stores[1].GetAsync(8, CancellationToken.None));
    }

    public Task InitializeAsync() => databases.InitializeAsync();

    public Task DisposeAsync() => databases.DisposeAsync();
}

public sealed class SqliteOfficerThreadStoreTests() : OfficerThreadStoreContract(new SqliteDatabases());

public sealed class PostgresOfficerThreadStoreTests(PostgresDatabaseFixture fixture)
    : OfficerThreadStoreContract(new PostgresDatabases(fixture)), IClassFixture<PostgresDatabaseFixture>, IRunsOnPostgres;

using Assistant.Bot.Channels.DirectLine;
using Assistant.Bot.Conversations;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Outbox;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Handoff.Relay;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Storage.Support;
using Assistant.Bot.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Bot.Tests.Storage;

/// <summary>The one start-up initializer: every feature's schema created or migrated before traffic, on each database.</summary>
public abstract class StorageInitializerContract(StoreDatabases databases) : IAsyncLifetime
{
    protected StoreDatabases Databases => databases;

    [StoreFact]
    public async Task A_new_database_gets_every_schema_at_its_last_version_and_a_second_start_migrates_nothing()
    {
        var database = await databases.NewEmptyAsync();

        await Initializer(database).StartAsync(CancellationToken.None);

        foreach (var schema in StoreSchemas.All)
        {
            Assert.Equal(Enumerable.Range(1, schema.Migrations.Count).Select(v => (long)v), await VersionsAsync(database, schema));
            Assert.Equal(schema.Migrations.Count, await SchemaMigrations.ApplyAsync(databases.Reopen(database), schema, CancellationToken.None));
        }
    }

    [StoreFact]
    public async Task Two_instances_starting_together_migrate_each_schema_once()
    {
        var database = await databases.NewEmptyAsync();
        var other = databases.Reopen(database);

        await Task.WhenAll(
            Task.Run(() => Initializer(database).StartAsync(CancellationToken.None)),
            Task.Run(() => Initializer(other).StartAsync(CancellationToken.None)));

        foreach (var schema in StoreSchemas.All)
            Assert.Equal(Enumerable.Range(1, schema.Migrations.Count).Select(v => (long)v), await VersionsAsync(database, schema));
    }

    [StoreFact]
    public async Task A_database_from_a_newer_build_stops_the_start_naming_the_schema()
    {
        var database = await databases.NewEmptyAsync();
        await database.WriteAsync(connection => connection.ExecuteAsync(
            "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (99);"), durable: false, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Initializer(database).StartAsync(CancellationToken.None));

        Assert.Contains("conversations schema is version 99", error.Message, StringComparison.Ordinal);
    }

    private protected static StorageInitializer Initializer(IStoreDatabase database) =>
        new(database, StoreSchemas.All, NullLogger<StorageInitializer>.Instance);

    private static async Task<List<long>> VersionsAsync(IStoreDatabase database, IStoreSchema schema)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<long>($"SELECT version FROM {schema.VersionTable} ORDER BY version")).ToList();
    }

    public Task InitializeAsync() => databases.InitializeAsync();

    public Task DisposeAsync() => databases.DisposeAsync();
}

public sealed class SqliteStorageInitializerTests() : StorageInitializerContract(new SqliteDatabases())
{
    [Fact]
    public void The_bot_declares_the_schemas_the_tests_create_and_migrates_them_before_anything_touches_the_database()
    {
        using var bot = new BotFactory();

        Assert.Equal(StoreSchemas.All.Select(s => s.GetType()), bot.Services.GetServices<IStoreSchema>().Select(s => s.GetType()));
        var started = bot.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();
        var initializer = started.IndexOf(nameof(StorageInitializer));
        Assert.True(initializer >= 0);
        foreach (var user in new[] { nameof(QuestionRetention), nameof(OutboxDispatcher), nameof(EscalationService), nameof(DirectLineRetention), nameof(DirectLineWakeups), "DataProtectionHostedService" })
            Assert.True(started.IndexOf(user) > initializer, $"{user} starts after the storage initializer ({string.Join(", ", started)})");
    }

    [Fact]
    public async Task Every_store_works_on_a_database_the_initializer_made_with_no_table_of_its_own_making()
    {
        var database = await Databases.NewEmptyAsync();
        await Initializer(database).StartAsync(CancellationToken.None);
        var tables = await TablesAsync(database);

        var address = new ConversationAddress("webchat", "c-1");
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        await new SqlConversationStore(database).SaveStateAsync(new ConversationState(address, "zh", null, [], 0, null, at), CancellationToken.None);
        await new SqlOfficerThreadStore(database).AddAsync(new OfficerThread(1, "19:t", "1", at), CancellationToken.None);
        await new DirectLineStore(database).CreateConversationAsync("dl-1", "dl_u", null, at, CancellationToken.None);
        Assert.Empty(await new SqlCaseStore(database).ListAsync(new CaseQuery(null, null, 10), CancellationToken.None));

        Assert.Equal(tables, await TablesAsync(database));
    }

    private static async Task<List<string>> TablesAsync(IStoreDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).ToList();
    }
}

public sealed class PostgresStorageInitializerTests(PostgresDatabaseFixture fixture)
    : StorageInitializerContract(new PostgresDatabases(fixture)), IClassFixture<PostgresDatabaseFixture>, IRunsOnPostgres;

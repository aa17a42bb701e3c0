using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Assistant.Bot.Tests.Storage.Support;

/// <summary>
/// Where a store contract runs: fresh databases of one provider, and a second handle on the same database (what
/// another bot instance, or the same one after a restart, would open).
/// </summary>
public abstract class StoreDatabases : IAsyncLifetime
{
    private readonly List<IStoreDatabase> _opened = [];

    /// <summary>A new database with every schema in place, as the bot's start leaves it (<see cref="StoreSchemas"/>).</summary>
    public async Task<IStoreDatabase> NewAsync() => await StoreSchemas.CreateAsync(await NewEmptyAsync());

    /// <summary>A new, empty database: no tables at all.</summary>
    public async Task<IStoreDatabase> NewEmptyAsync() => Track(await CreateAsync());

    /// <summary>Another handle on <paramref name="database"/>, with its own connections (and write gate, for SQLite).</summary>
    public IStoreDatabase Reopen(IStoreDatabase database) => Track(CreateHandle(database));

    protected abstract Task<IStoreDatabase> CreateAsync();

    protected abstract IStoreDatabase CreateHandle(IStoreDatabase database);

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var database in _opened.OfType<IAsyncDisposable>())
            await database.DisposeAsync();
    }

    private IStoreDatabase Track(IStoreDatabase database)
    {
        _opened.Add(database);
        return database;
    }
}

/// <summary>SQLite files in a temp folder, deleted afterwards.</summary>
public sealed class SqliteDatabases : StoreDatabases
{
    private readonly TempFolder _folder = new();

    protected override Task<IStoreDatabase> CreateAsync() =>
        Task.FromResult<IStoreDatabase>(new SqliteDatabase("Data Source=" + _folder.Combine(Guid.NewGuid().ToString("N") + ".db")));

    protected override IStoreDatabase CreateHandle(IStoreDatabase database) => new SqliteDatabase(((SqliteDatabase)database).ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

/// <summary>Fresh schemas in the test class's PostgreSQL database.</summary>
public sealed class PostgresDatabases(PostgresDatabaseFixture fixture) : StoreDatabases
{
    private readonly Dictionary<IStoreDatabase, string> _connectionStrings = [];

    protected override async Task<IStoreDatabase> CreateAsync()
    {
        var connectionString = await fixture.NewSchemaAsync();
        var database = new PostgresDatabase(connectionString);
        _connectionStrings[database] = connectionString;
        return database;
    }

    protected override IStoreDatabase CreateHandle(IStoreDatabase database)
    {
        var connectionString = _connectionStrings[database];
        // A pool of its own, as another process would have.
        var other = new PostgresDatabase(new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "other-" + Guid.NewGuid().ToString("N")[..8] }.ConnectionString);
        _connectionStrings[other] = connectionString;
        return other;
    }
}

namespace Assistant.Bot.Storage;

/// <summary>
/// Creates or migrates every registered schema (<see cref="IStoreSchema"/>, in registration order) before the bot takes
/// traffic, so a broken or unreachable database stops the start and no store ever creates its own tables.
/// </summary>
internal sealed class StorageInitializer(IStoreDatabase database, IEnumerable<IStoreSchema> schemas, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var provider = database.IsPostgreSql ? StorageOptions.PostgreSqlProvider : StorageOptions.Sqlite;
        foreach (var schema in schemas)
        {
            var found = await SchemaMigrations.ApplyAsync(database, schema, cancellationToken);
            StorageLog.SchemaReady(logger, schema.Name, provider, found, schema.Migrations.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

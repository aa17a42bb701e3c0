using Assistant.Bot.Conversations.Persistence;

namespace Assistant.Bot.Storage;

/// <summary>Creates or migrates the database before the bot takes traffic, so a broken or unreachable store stops the start.</summary>
internal sealed class StorageInitializer(SqlConversationStore store, IStoreDatabase database, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var found = await store.InitializeAsync(cancellationToken);
        StorageLog.SchemaReady(logger, database.IsPostgreSql ? StorageOptions.PostgreSqlProvider : StorageOptions.Sqlite, found, ConversationSchema.CurrentVersion);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

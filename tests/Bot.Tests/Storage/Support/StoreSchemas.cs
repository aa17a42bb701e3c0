using Assistant.Bot.Channels.DirectLine;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Storage;

namespace Assistant.Bot.Tests.Storage.Support;

/// <summary>
/// Every schema the bot declares, created the way <see cref="StorageInitializer"/> creates them at start: for tests that
/// build stores directly, since a store assumes its tables exist.
/// </summary>
public static class StoreSchemas
{
    /// <summary>The bot's schemas in the order its registration gives them (a test checks that the two agree).</summary>
    public static IReadOnlyList<IStoreSchema> All { get; } =
        [new DataProtectionKeySchema(), new ConversationSchema(), new DirectLineSchema(), new CaseSchema()];

    /// <summary>Creates or migrates every schema in <paramref name="database"/>; returns it.</summary>
    public static async Task<T> CreateAsync<T>(T database)
        where T : IStoreDatabase
    {
        foreach (var schema in All)
            await SchemaMigrations.ApplyAsync(database, schema, CancellationToken.None);
        return database;
    }

    /// <summary>A SQLite file at <paramref name="path"/> with every schema, for harnesses whose constructors cannot await.</summary>
    public static SqliteDatabase Sqlite(string path) =>
        CreateAsync(new SqliteDatabase("Data Source=" + path)).GetAwaiter().GetResult();
}

using System.Data.Common;
using Assistant.Bot.Storage;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line tables, as numbered migrations recorded in their own <c>directline_schema_version</c> table
/// (the conversation store's <c>schema_version</c> stays its own), in the same database file.
/// </summary>
internal static class DirectLineSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE directline_conversation (
            conversation_id TEXT NOT NULL PRIMARY KEY,
            user_id TEXT NOT NULL,
            user_name TEXT NULL,
            created_at TEXT NOT NULL,
            last_activity_at TEXT NOT NULL
        );
        CREATE INDEX directline_conversation_user ON directline_conversation (user_id, last_activity_at);
        CREATE INDEX directline_conversation_last ON directline_conversation (last_activity_at);
        CREATE TABLE directline_activity (
            conversation_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            activity TEXT NOT NULL,
            PRIMARY KEY (conversation_id, seq)
        );
        """,
    ];

    public static int CurrentVersion => Migrations.Count;

    /// <summary>Brings the tables to the current version; returns the version found before.</summary>
    public static Task<int> MigrateAsync(IStoreDatabase database, DbConnection connection, CancellationToken cancellationToken) =>
        SchemaMigrations.ApplyAsync(database, connection, "directline_schema_version", "Direct Line", Migrations, cancellationToken);
}

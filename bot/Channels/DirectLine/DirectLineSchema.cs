using System.Data.Common;
using Dapper;

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

    public static async Task<int> MigrateAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS directline_schema_version (version INTEGER NOT NULL PRIMARY KEY)", cancellationToken: cancellationToken));
        var found = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(MAX(version), 0) FROM directline_schema_version", cancellationToken: cancellationToken));
        if (found > CurrentVersion)
            throw new InvalidOperationException($"The Direct Line tables are at version {found}, newer than this build's version {CurrentVersion}; upgrade the bot.");
        for (var version = (int)found + 1; version <= CurrentVersion; version++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(Migrations[version - 1], transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO directline_schema_version (version) VALUES (@version)", new { version }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }

        return (int)found;
    }
}

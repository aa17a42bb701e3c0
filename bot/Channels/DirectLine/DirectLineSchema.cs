using Assistant.Bot.Storage;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line tables (<see cref="DirectLineStore"/>), as numbered migrations recorded in their own
/// <c>directline_schema_version</c> table, in the database the other features share. Its times were always written in
/// the one stored form (<see cref="StoredTime"/>): nothing to rewrite.
/// </summary>
public sealed class DirectLineSchema : IStoreSchema
{
    private static readonly IReadOnlyList<string> All =
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

    public string Name => "Direct Line";

    public string VersionTable => "directline_schema_version";

    public IReadOnlyList<string> Migrations => All;
}

using System.Data.Common;
using Assistant.Bot.Storage;

namespace Assistant.Bot.Conversations.Persistence;

/// <summary>
/// The store's schema as numbered migrations, applied in order at start and recorded in <c>schema_version</c>.
/// Plain SQL, so the PostgreSQL store can keep the same tables.
/// </summary>
internal static class ConversationSchema
{
    /// <summary>Migration n (1-based) brings the schema from version n-1 to n.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE conversation_state (
            conversation_key TEXT NOT NULL PRIMARY KEY,
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            scope TEXT NOT NULL,
            language TEXT NOT NULL,
            last_question TEXT NULL,
            last_article_keys TEXT NOT NULL,
            unanswered_in_a_row INTEGER NOT NULL,
            pending_action TEXT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE conversation_reference (
            conversation_key TEXT NOT NULL PRIMARY KEY,
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            scope TEXT NOT NULL,
            channel_reference TEXT NOT NULL,
            stored_at TEXT NOT NULL
        );
        CREATE TABLE answer (
            answer_id TEXT NOT NULL PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            scope TEXT NOT NULL,
            question TEXT NOT NULL,
            article_keys TEXT NOT NULL,
            mode TEXT NOT NULL,
            language TEXT NOT NULL,
            answered_at TEXT NOT NULL
        );
        CREATE INDEX answer_conversation ON answer (conversation_key);
        CREATE TABLE feedback (
            answer_id TEXT NOT NULL,
            conversation_key TEXT NOT NULL,
            helpful INTEGER NOT NULL,
            question TEXT NOT NULL,
            article_keys TEXT NOT NULL,
            given_at TEXT NOT NULL
        );
        CREATE INDEX feedback_answer ON feedback (answer_id);
        CREATE TABLE unanswered (
            conversation_key TEXT NOT NULL,
            question TEXT NOT NULL,
            language TEXT NOT NULL,
            reason TEXT NOT NULL,
            closest_article_keys TEXT NOT NULL,
            asked_at TEXT NOT NULL
        );
        CREATE INDEX unanswered_asked_at ON unanswered (asked_at);
        """,
        // The recent questions (JSON list, bounded by ConversationState.MaxRecentQuestions) and the chosen org unit, for cases.
        """
        ALTER TABLE conversation_state ADD COLUMN recent_questions TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE conversation_state ADD COLUMN org_unit TEXT NULL;
        """,
        // The ASP.NET Core Data Protection key ring (officer cookies, sign-in correlation), shared by every instance.
        """
        CREATE TABLE data_protection_key (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            friendly_name TEXT NULL,
            xml TEXT NOT NULL
        );
        """,
    ];

    public static int CurrentVersion => Migrations.Count;

    /// <summary>Brings the tables to the current version; returns the version found before.</summary>
    public static Task<int> MigrateAsync(IStoreDatabase database, DbConnection connection, CancellationToken cancellationToken) =>
        SchemaMigrations.ApplyAsync(database, connection, "schema_version", "database", Migrations, cancellationToken);
}

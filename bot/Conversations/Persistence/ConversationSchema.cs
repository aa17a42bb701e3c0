using Assistant.Bot.Storage;

namespace Assistant.Bot.Conversations.Persistence;

/// <summary>
/// The conversation tables (<see cref="SqlConversationStore"/>), recorded in <c>schema_version</c> (named when it was
/// the database's only schema). Plain SQL, so PostgreSQL keeps the same tables.
/// </summary>
public sealed class ConversationSchema : IStoreSchema
{
    private static readonly IReadOnlyList<string> All =
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
        // 3 created the Data Protection key ring's table; its own schema (Storage/DataProtectionKeySchema) does now.
        "",
        // 4: times in the one stored form (StoredTime), rewritten from the "O" form (…+00:00) earlier builds wrote.
        string.Join(
            "\n",
            StoredTime.RewriteEarlierForm("conversation_state", "updated_at"),
            StoredTime.RewriteEarlierForm("conversation_reference", "stored_at"),
            StoredTime.RewriteEarlierForm("answer", "answered_at"),
            StoredTime.RewriteEarlierForm("feedback", "given_at"),
            StoredTime.RewriteEarlierForm("unanswered", "asked_at")),
        // 5: a calculation waiting for the worker's next figure (JSON), kept between turns.
        """
        ALTER TABLE conversation_state ADD COLUMN pending_calculation TEXT NULL;
        """,
    ];

    public string Name => "conversations";

    public string VersionTable => "schema_version";

    public IReadOnlyList<string> Migrations => All;
}

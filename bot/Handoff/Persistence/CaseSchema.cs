using Assistant.Bot.Storage;

namespace Assistant.Bot.Handoff.Persistence;

/// <summary>
/// The handoff tables (<see cref="SqlCaseStore"/>, <see cref="SqlOfficerThreadStore"/>) as numbered migrations,
/// recorded in their own <c>handoff_schema_version</c> table so the feature migrates independently of the others
/// sharing the database.
/// </summary>
public sealed class CaseSchema : IStoreSchema
{
    private static readonly IReadOnlyList<string> All =
    [
        """
        CREATE TABLE handoff_case (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_key TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            scope TEXT NOT NULL,
            anonymous INTEGER NOT NULL,
            employee_id TEXT NULL,
            employee_label TEXT NOT NULL,
            org_unit TEXT NULL,
            branch TEXT NOT NULL,
            topic TEXT NOT NULL,
            summary TEXT NOT NULL,
            article_keys TEXT NOT NULL,
            language TEXT NOT NULL,
            reason TEXT NOT NULL,
            status TEXT NOT NULL,
            level INTEGER NOT NULL,
            officer_id TEXT NULL,
            claim_due_at TEXT NULL,
            reply_due_at TEXT NULL,
            rating INTEGER NULL,
            rating_comment TEXT NULL,
            awaiting_comment INTEGER NOT NULL,
            opened_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            closed_at TEXT NULL,
            version INTEGER NOT NULL
        );
        CREATE INDEX handoff_case_conversation ON handoff_case (conversation_key, id);
        CREATE INDEX handoff_case_status ON handoff_case (status);
        CREATE TABLE handoff_transcript (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL,
            at TEXT NOT NULL,
            author TEXT NOT NULL,
            author_label TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX handoff_transcript_case ON handoff_transcript (case_id, id);
        CREATE TABLE handoff_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NULL
        );
        CREATE INDEX handoff_audit_case ON handoff_audit (case_id, id);
        CREATE TABLE handoff_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            level INTEGER NOT NULL,
            event TEXT NOT NULL,
            text TEXT NULL,
            language TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at TEXT NOT NULL,
            delivered_at TEXT NULL
        );
        CREATE INDEX handoff_outbox_due ON handoff_outbox (delivered_at, next_attempt_at);
        """,
        // The officer list pages by latest activity (ORDER BY updated_at DESC, id DESC) within a status and/or branch:
        // one index per filter shape, so each page is an index range scan of Limit rows, never a sort of the table.
        """
        DROP INDEX handoff_case_status;
        CREATE INDEX handoff_case_activity ON handoff_case (updated_at, id);
        CREATE INDEX handoff_case_status_activity ON handoff_case (status, updated_at, id);
        CREATE INDEX handoff_case_branch_activity ON handoff_case (branch, updated_at, id);
        CREATE INDEX handoff_case_branch_status_activity ON handoff_case (branch, status, updated_at, id);
        """,
        // 3: several instances dispatch the outbox; a row is leased to one of them until it is delivered or the lease ends.
        """
        ALTER TABLE handoff_outbox ADD COLUMN leased_until TEXT NULL;
        """,
        // 4: the officers' channel threads of cases, which earlier builds created on first use (hence IF NOT EXISTS).
        """
        CREATE TABLE IF NOT EXISTS handoff_officer_thread (
            case_id INTEGER NOT NULL PRIMARY KEY,
            conversation_id TEXT NOT NULL UNIQUE,
            card_activity_id TEXT NOT NULL,
            started_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS handoff_officer_thread_moved (
            conversation_id TEXT NOT NULL PRIMARY KEY,
            case_id INTEGER NOT NULL,
            moved_at TEXT NOT NULL
        );
        """,
        // 5: times in the one stored form (StoredTime), rewritten from the "O" form (…+00:00) earlier builds wrote.
        string.Join(
            "\n",
            StoredTime.RewriteEarlierForm("handoff_case", "claim_due_at"),
            StoredTime.RewriteEarlierForm("handoff_case", "reply_due_at"),
            StoredTime.RewriteEarlierForm("handoff_case", "opened_at"),
            StoredTime.RewriteEarlierForm("handoff_case", "updated_at"),
            StoredTime.RewriteEarlierForm("handoff_case", "closed_at"),
            StoredTime.RewriteEarlierForm("handoff_transcript", "at"),
            StoredTime.RewriteEarlierForm("handoff_audit", "at"),
            StoredTime.RewriteEarlierForm("handoff_outbox", "next_attempt_at"),
            StoredTime.RewriteEarlierForm("handoff_outbox", "delivered_at"),
            StoredTime.RewriteEarlierForm("handoff_outbox", "leased_until"),
            StoredTime.RewriteEarlierForm("handoff_officer_thread", "started_at"),
            StoredTime.RewriteEarlierForm("handoff_officer_thread_moved", "moved_at")),
    ];

    public string Name => "handoff";

    public string VersionTable => "handoff_schema_version";

    public IReadOnlyList<string> Migrations => All;
}

using System.Data.Common;
using System.Text.Json;
using Assistant.Bot.Conversations;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Policy;
using Assistant.Bot.Storage;
using Dapper;

namespace Assistant.Bot.Handoff.Persistence;

/// <summary>
/// Cases in the bot's database (the tables of <see cref="CaseSchema"/>, created at start): a SQLite file, whose writes
/// go through one in-process gate with <c>synchronous=FULL</c>, or PostgreSQL shared by several instances. A case the employee was
/// told about survives a power cut. Every case change is a conditional UPDATE on (id, version, status), so of two
/// racing changes exactly one wins, in one process or across instances. Outbox rows are leased to one dispatcher.
/// </summary>
public sealed class SqlCaseStore(IStoreDatabase database) : ICaseStore
{
    private const string CaseColumns =
        """
        id AS Id, channel_id AS ChannelId, conversation_id AS ConversationId, scope AS Scope, anonymous AS Anonymous,
        employee_id AS EmployeeId, employee_label AS EmployeeLabel, org_unit AS OrgUnit, branch AS Branch, topic AS Topic,
        summary AS Summary, article_keys AS ArticleKeys, language AS Language, reason AS Reason, status AS Status,
        level AS Level, officer_id AS OfficerId, claim_due_at AS ClaimDueAt, reply_due_at AS ReplyDueAt, rating AS Rating,
        rating_comment AS RatingComment, awaiting_comment AS AwaitingComment, opened_at AS OpenedAt,
        updated_at AS UpdatedAt, closed_at AS ClosedAt, version AS Version
        """;

    public Task<HandoffCase> CreateAsync(HandoffCase draft, CaseChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(change);
        return WriteAsync(async (connection, transaction) =>
        {
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO handoff_case (conversation_key, channel_id, conversation_id, scope, anonymous, employee_id, employee_label,
                    org_unit, branch, topic, summary, article_keys, language, reason, status, level, officer_id, claim_due_at,
                    reply_due_at, rating, rating_comment, awaiting_comment, opened_at, updated_at, closed_at, version)
                VALUES (@ConversationKey, @ChannelId, @ConversationId, @Scope, @Anonymous, @EmployeeId, @EmployeeLabel,
                    @OrgUnit, @Branch, @Topic, @Summary, @ArticleKeys, @Language, @Reason, @Status, @Level, @OfficerId, @ClaimDueAt,
                    @ReplyDueAt, @Rating, @RatingComment, @AwaitingComment, @OpenedAt, @UpdatedAt, @ClosedAt, 1)
                RETURNING id
                """,
                Parameters(draft), transaction, cancellationToken: cancellationToken));
            var stored = draft with { Id = id, Version = 1 };
            await WriteChangeAsync(connection, transaction, id, change, cancellationToken);
            return stored;
        }, cancellationToken);
    }

    public async Task<HandoffCase?> GetAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(
            $"SELECT {CaseColumns} FROM handoff_case WHERE id = @caseId", new { caseId }, cancellationToken: cancellationToken));
        return row?.ToCase();
    }

    public async Task<HandoffCase?> GetLatestAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<CaseRow>(new CommandDefinition(
            $"SELECT {CaseColumns} FROM handoff_case WHERE conversation_key = @conversationKey ORDER BY id DESC LIMIT 1",
            new { conversationKey }, cancellationToken: cancellationToken));
        return row?.ToCase();
    }

    public async Task<IReadOnlyList<HandoffCase>> ListAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CaseRow>(new CommandDefinition(
            ListSql(query),
            new
            {
                status = query.Status is { } status ? StatusText(status) : null,
                branch = query.Branch,
                beforeAt = StoredTime.Text(query.Before?.UpdatedAt),
                beforeFloor = query.Before is { } before ? StoredTime.LowerBound(before.UpdatedAt) : null,
                beforeId = query.Before?.Id,
                limit = query.Limit,
            },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToCase()).ToList();
    }

    /// <summary>
    /// The list query with only the conditions given, so the planner picks the index of exactly that shape
    /// (<see cref="CaseSchema"/>, migration 2) and walks it in order: a page reads Limit rows, never sorts.
    /// </summary>
    internal static string ListSql(CaseQuery query)
    {
        var conditions = new List<string>(3);
        if (query.Status is not null)
            conditions.Add("status = @status");
        if (query.Branch is not null)
            conditions.Add("branch = @branch");
        // After the cursor in (updated_at DESC, id DESC): earlier activity, or the same and a lower number. A range the
        // index bounds, then a check on the rows of the cursor's own time, so that a row an earlier build wrote
        // (…+00:00, see StoredTime) compares by its instant too: that form of the cursor's time sorts at or below
        // @beforeAt and not below @beforeFloor.
        if (query.Before is not null)
            conditions.Add("updated_at <= @beforeAt AND (updated_at < @beforeFloor OR id < @beforeId)");
        var where = conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
        return $"SELECT {CaseColumns} FROM handoff_case {where} ORDER BY updated_at DESC, id DESC LIMIT @limit";
    }

    public async Task<IReadOnlyList<HandoffCase>> OverdueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CaseRow>(new CommandDefinition(
            $"""
            SELECT {CaseColumns} FROM handoff_case
            WHERE (status IN ('queued', 'reopened') AND claim_due_at IS NOT NULL AND claim_due_at <= @now)
               OR (status IN ('assigned', 'active') AND reply_due_at IS NOT NULL AND reply_due_at <= @now)
            ORDER BY id
            """,
            new { now = StoredTime.Text(now) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToCase()).ToList();
    }

    public Task<HandoffCase?> UpdateAsync(
        HandoffCase updated, long expectedVersion, IReadOnlyCollection<CaseStatus> expectedStatuses, CaseChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentNullException.ThrowIfNull(expectedStatuses);
        ArgumentNullException.ThrowIfNull(change);
        return WriteAsync<HandoffCase?>(async (connection, transaction) =>
        {
            var parameters = Parameters(updated);
            parameters.Add("ExpectedVersion", expectedVersion);
            // The statuses are enum names, written as literals: list parameters expand differently per provider.
            var statuses = string.Join(", ", expectedStatuses.Select(s => "'" + StatusText(s) + "'"));
            var changed = await connection.ExecuteAsync(new CommandDefinition(
                $"""
                UPDATE handoff_case SET
                    anonymous = @Anonymous, employee_id = @EmployeeId, employee_label = @EmployeeLabel, org_unit = @OrgUnit,
                    branch = @Branch, topic = @Topic, summary = @Summary, article_keys = @ArticleKeys, language = @Language,
                    status = @Status, level = @Level, officer_id = @OfficerId, claim_due_at = @ClaimDueAt,
                    reply_due_at = @ReplyDueAt, rating = @Rating, rating_comment = @RatingComment,
                    awaiting_comment = @AwaitingComment, updated_at = @UpdatedAt, closed_at = @ClosedAt, version = version + 1
                WHERE id = @Id AND version = @ExpectedVersion AND status IN ({statuses})
                """,
                parameters, transaction, cancellationToken: cancellationToken));
            if (changed != 1)
                return null;
            await WriteChangeAsync(connection, transaction, updated.Id, change, cancellationToken);
            return updated with { Version = expectedVersion + 1 };
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long CaseId, string At, string Author, string AuthorLabel, string Text)>(new CommandDefinition(
            "SELECT case_id, at, author, author_label, text FROM handoff_transcript WHERE case_id = @caseId ORDER BY id",
            new { caseId }, cancellationToken: cancellationToken));
        return rows.Select(r => new TranscriptEntry(r.CaseId, StoredTime.Parse(r.At), r.Author, r.AuthorLabel, r.Text)).ToList();
    }

    public async Task<IReadOnlyList<CaseEvent>> GetAuditAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long CaseId, string At, string Actor, string Action, string? Detail)>(new CommandDefinition(
            "SELECT case_id, at, actor, action, detail FROM handoff_audit WHERE case_id = @caseId ORDER BY id",
            new { caseId }, cancellationToken: cancellationToken));
        return rows.Select(r => new CaseEvent(r.CaseId, StoredTime.Parse(r.At), r.Actor, r.Action, r.Detail)).ToList();
    }

    public Task AppendAuditAsync(CaseEvent entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return AppendAuditAsync([entry], cancellationToken);
    }

    public Task AppendAuditAsync(IReadOnlyCollection<CaseEvent> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
            return Task.CompletedTask;
        return WriteAsync(async (connection, transaction) =>
        {
            foreach (var entry in entries)
                await InsertAuditAsync(connection, transaction, entry.CaseId, entry, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> LeaseDueOutboxAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<OutboxMessage>>(async (connection, transaction) =>
        {
            // PostgreSQL: rows another instance is leasing right now are skipped, not waited for; a row whose lease
            // was taken meanwhile fails the re-checked lease condition. SQLite has one writer (the gate) anyway.
            var rows = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
                $"""
                UPDATE handoff_outbox SET leased_until = @until
                WHERE id IN (
                    SELECT o.id FROM handoff_outbox o
                    WHERE o.delivered_at IS NULL AND o.next_attempt_at <= @now AND (o.leased_until IS NULL OR o.leased_until <= @now)
                      AND NOT EXISTS (SELECT 1 FROM handoff_outbox e
                                      WHERE e.case_id = o.case_id AND e.kind = o.kind AND e.delivered_at IS NULL AND e.id < o.id)
                    ORDER BY o.id LIMIT @limit {(database.IsPostgreSql ? "FOR UPDATE OF o SKIP LOCKED" : "")})
                RETURNING id AS Id, case_id AS CaseId, kind AS Kind, level AS Level, event AS Event, text AS Text, language AS Language,
                          attempts AS Attempts, next_attempt_at AS NextAttemptAt
                """,
                new { now = StoredTime.Text(now), until = StoredTime.Text(leaseUntil), limit }, transaction, cancellationToken: cancellationToken));
            return rows.OrderBy(r => r.Id).Select(r => new OutboxMessage(
                r.Id, r.CaseId, r.Kind, (int)r.Level, r.Event, r.Text, r.Language, (int)r.Attempts, StoredTime.Parse(r.NextAttemptAt), null)).ToList();
        }, cancellationToken);

    public Task ReleaseLeasesAsync(IReadOnlyCollection<long> outboxIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxIds);
        return WriteAsync(async (connection, transaction) =>
        {
            foreach (var outboxId in outboxIds)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE handoff_outbox SET leased_until = NULL WHERE id = @outboxId AND delivered_at IS NULL",
                    new { outboxId }, transaction, cancellationToken: cancellationToken));
            }
            return true;
        }, cancellationToken);
    }

    public Task MarkDeliveredAsync(long outboxId, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) => await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE handoff_outbox SET delivered_at = @at, attempts = attempts + 1, leased_until = NULL WHERE id = @outboxId AND delivered_at IS NULL",
            new { outboxId, at = StoredTime.Text(at) }, transaction, cancellationToken: cancellationToken)), cancellationToken);

    public Task MarkFailedAsync(long outboxId, int attempts, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) => await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE handoff_outbox SET attempts = @attempts, next_attempt_at = @next, leased_until = NULL WHERE id = @outboxId AND delivered_at IS NULL",
            new { outboxId, attempts, next = StoredTime.Text(nextAttemptAt) }, transaction, cancellationToken: cancellationToken)), cancellationToken);

    public Task<int> PurgeTranscriptsAsync(DateTimeOffset closedBefore, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var cases = (await connection.QueryAsync<long>(new CommandDefinition(
                """
                SELECT DISTINCT c.id FROM handoff_case c JOIN handoff_transcript t ON t.case_id = c.id
                WHERE c.status = 'closed' AND c.closed_at IS NOT NULL AND c.closed_at < @before
                """,
                new { before = StoredTime.Text(closedBefore) }, transaction, cancellationToken: cancellationToken))).ToList();
            var purged = 0;
            foreach (var caseId in cases)
            {
                // Another instance purging at the same moment deletes the rows first: then it writes the audit line, not this one.
                var deleted = await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM handoff_transcript WHERE case_id = @caseId", new { caseId }, transaction, cancellationToken: cancellationToken));
                if (deleted == 0)
                    continue;
                // The summary and topic quote the employee's questions: what stays is who handled the case, when, and the rating.
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE handoff_case SET summary = '', topic = '' WHERE id = @caseId",
                    new { caseId }, transaction, cancellationToken: cancellationToken));
                // Delivered notifications keep words of the conversation too (the officer's replies, the employee's messages to the thread).
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE handoff_outbox SET text = NULL WHERE case_id = @caseId AND delivered_at IS NOT NULL",
                    new { caseId }, transaction, cancellationToken: cancellationToken));
                await InsertAuditAsync(connection, transaction, caseId, new CaseEvent(caseId, now, CaseActions.System, CaseActions.TranscriptPurged), cancellationToken);
                purged++;
            }
            return purged;
        }, cancellationToken);

    private static async Task WriteChangeAsync(DbConnection connection, DbTransaction transaction, long caseId, CaseChange change, CancellationToken cancellationToken)
    {
        foreach (var entry in change.Audit)
            await InsertAuditAsync(connection, transaction, caseId, entry, cancellationToken);
        foreach (var entry in change.Transcript ?? [])
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO handoff_transcript (case_id, at, author, author_label, text) VALUES (@caseId, @at, @author, @label, @text)",
                new { caseId, at = StoredTime.Text(entry.At), author = entry.Author, label = entry.AuthorLabel, text = entry.Text },
                transaction, cancellationToken: cancellationToken));
        }
        foreach (var message in change.Outbox ?? [])
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO handoff_outbox (case_id, kind, level, event, text, language, attempts, next_attempt_at, delivered_at)
                VALUES (@caseId, @kind, @level, @event, @text, @language, 0, @next, NULL)
                """,
                new { caseId, kind = message.Kind, level = message.Level, @event = message.Event, text = message.Text, language = message.Language, next = StoredTime.Text(message.NextAttemptAt) },
                transaction, cancellationToken: cancellationToken));
        }
    }

    private static Task InsertAuditAsync(DbConnection connection, DbTransaction transaction, long caseId, CaseEvent entry, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO handoff_audit (case_id, at, actor, action, detail) VALUES (@caseId, @at, @actor, @action, @detail)",
            new { caseId, at = StoredTime.Text(entry.At), actor = entry.Actor, action = entry.Action, detail = entry.Detail },
            transaction, cancellationToken: cancellationToken));

    // Durable: a case is stored before the employee is told it exists.
    private Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, durable: true, cancellationToken);

    private static DynamicParameters Parameters(HandoffCase c) => new(new
    {
        c.Id,
        ConversationKey = c.Address.Key,
        c.Address.ChannelId,
        c.Address.ConversationId,
        Scope = c.Address.Scope.ToString(),
        Anonymous = c.Anonymous ? 1 : 0,
        c.EmployeeId,
        c.EmployeeLabel,
        c.OrgUnit,
        c.Branch,
        c.Topic,
        c.Summary,
        ArticleKeys = JsonSerializer.Serialize(c.ArticleKeys.ToList(), StorageJsonContext.Readable.ListString),
        c.Language,
        Reason = c.Reason.ToString(),
        Status = StatusText(c.Status),
        c.Level,
        c.OfficerId,
        ClaimDueAt = StoredTime.Text(c.ClaimDueAt),
        ReplyDueAt = StoredTime.Text(c.ReplyDueAt),
        c.Rating,
        c.RatingComment,
        AwaitingComment = c.AwaitingComment ? 1 : 0,
        OpenedAt = StoredTime.Text(c.OpenedAt),
        UpdatedAt = StoredTime.Text(c.UpdatedAt),
        ClosedAt = StoredTime.Text(c.ClosedAt),
    });

    internal static string StatusText(CaseStatus status) => status.ToString().ToLowerInvariant();

    internal sealed class CaseRow
    {
        public long Id { get; set; }
        public string ChannelId { get; set; } = "";
        public string ConversationId { get; set; } = "";
        public string Scope { get; set; } = "";
        public long Anonymous { get; set; }
        public string? EmployeeId { get; set; }
        public string EmployeeLabel { get; set; } = "";
        public string? OrgUnit { get; set; }
        public string Branch { get; set; } = "";
        public string Topic { get; set; } = "";
        public string Summary { get; set; } = "";
        public string ArticleKeys { get; set; } = "[]";
        public string Language { get; set; } = "";
        public string Reason { get; set; } = "";
        public string Status { get; set; } = "";
        public long Level { get; set; }
        public string? OfficerId { get; set; }
        public string? ClaimDueAt { get; set; }
        public string? ReplyDueAt { get; set; }
        public long? Rating { get; set; }
        public string? RatingComment { get; set; }
        public long AwaitingComment { get; set; }
        public string OpenedAt { get; set; } = "";
        public string UpdatedAt { get; set; } = "";
        public string? ClosedAt { get; set; }
        public long Version { get; set; }

        public HandoffCase ToCase() => new(
            Id,
            new ConversationAddress(ChannelId, ConversationId, Enum.TryParse<ConversationScope>(Scope, out var scope) ? scope : ConversationScope.Personal),
            Anonymous != 0,
            EmployeeId,
            EmployeeLabel,
            OrgUnit,
            Branch,
            Topic,
            Summary,
            JsonSerializer.Deserialize(ArticleKeys, StorageJsonContext.Readable.ListString) ?? [],
            Language,
            Enum.TryParse<HandoffReason>(Reason, out var reason) ? reason : HandoffReason.Requested,
            Enum.Parse<CaseStatus>(Status, ignoreCase: true),
            (int)Level,
            OfficerId,
            StoredTime.ParseOptional(ClaimDueAt),
            StoredTime.ParseOptional(ReplyDueAt),
            Rating is { } rating ? (int)rating : null,
            RatingComment,
            AwaitingComment != 0,
            StoredTime.Parse(OpenedAt),
            StoredTime.Parse(UpdatedAt),
            StoredTime.ParseOptional(ClosedAt),
            Version);
    }

    internal sealed class OutboxRow
    {
        public long Id { get; set; }
        public long CaseId { get; set; }
        public string Kind { get; set; } = "";
        public long Level { get; set; }
        public string Event { get; set; } = "";
        public string? Text { get; set; }
        public string Language { get; set; } = "";
        public long Attempts { get; set; }
        public string NextAttemptAt { get; set; } = "";
    }
}

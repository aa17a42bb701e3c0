using Assistant.Bot.Handoff.Relay;
using Assistant.Bot.Storage;
using Dapper;

namespace Assistant.Bot.Handoff.Persistence;

/// <summary>
/// Case threads in the bot's database (SQLite file or PostgreSQL), in their own tables (<see cref="CaseSchema"/>,
/// migration 4); a thread is written durably, since losing it would start a second one. Two instances adding a
/// thread for one case at once keep the first (the primary key decides).
/// </summary>
public sealed class SqlOfficerThreadStore(IStoreDatabase database) : IOfficerThreadStore
{
    private const string Columns =
        "case_id AS CaseId, conversation_id AS ConversationId, card_activity_id AS CardActivityId, started_at AS StartedAt";

    public async Task<OfficerThread?> GetAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ThreadRow>(new CommandDefinition(
            $"SELECT {Columns} FROM handoff_officer_thread WHERE case_id = @caseId", new { caseId }, cancellationToken: cancellationToken));
        return row?.ToThread();
    }

    public async Task<OfficerThread?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ThreadRow>(new CommandDefinition(
            $"SELECT {Columns} FROM handoff_officer_thread WHERE conversation_id = @conversationId",
            new { conversationId }, cancellationToken: cancellationToken));
        return row?.ToThread();
    }

    public async Task<OfficerThread> AddAsync(OfficerThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await database.WriteAsync(connection => connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO handoff_officer_thread (case_id, conversation_id, card_activity_id, started_at)
            VALUES (@CaseId, @ConversationId, @CardActivityId, @StartedAt)
            ON CONFLICT (case_id) DO NOTHING
            """,
            new
            {
                thread.CaseId,
                thread.ConversationId,
                thread.CardActivityId,
                StartedAt = StoredTime.Text(thread.StartedAt),
            },
            cancellationToken: cancellationToken)), durable: true, cancellationToken);
        return await GetAsync(thread.CaseId, cancellationToken) ?? thread;
    }

    public async Task<OfficerThread> MoveAsync(string fromConversationId, OfficerThread to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromConversationId);
        ArgumentNullException.ThrowIfNull(to);
        var values = new
        {
            from = fromConversationId,
            to.CaseId,
            to.ConversationId,
            to.CardActivityId,
            At = StoredTime.Text(to.StartedAt),
        };
        await database.WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Only the instance that finds the old thread still current moves it; another keeps what the first wrote.
            var moved = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE handoff_officer_thread SET conversation_id = @ConversationId, card_activity_id = @CardActivityId, started_at = @At
                WHERE case_id = @CaseId AND conversation_id = @from
                """,
                values, transaction, cancellationToken: cancellationToken));
            if (moved == 1)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO handoff_officer_thread_moved (conversation_id, case_id, moved_at) VALUES (@from, @CaseId, @At)
                    ON CONFLICT (conversation_id) DO NOTHING
                    """,
                    values, transaction, cancellationToken: cancellationToken));
            }
            await transaction.CommitAsync(cancellationToken);
            return moved;
        }, durable: true, cancellationToken);
        return await GetAsync(to.CaseId, cancellationToken) ?? to;
    }

    public async Task<long?> FindMovedAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT case_id FROM handoff_officer_thread_moved WHERE conversation_id = @conversationId",
            new { conversationId }, cancellationToken: cancellationToken));
    }

    internal sealed class ThreadRow
    {
        public long CaseId { get; set; }
        public string ConversationId { get; set; } = "";
        public string CardActivityId { get; set; } = "";
        public string StartedAt { get; set; } = "";

        public OfficerThread ToThread() => new(CaseId, ConversationId, CardActivityId, StoredTime.Parse(StartedAt));
    }
}

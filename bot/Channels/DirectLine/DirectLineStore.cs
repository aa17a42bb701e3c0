using System.Data.Common;
using System.Globalization;
using Assistant.Bot.Storage;
using Dapper;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// Conversations and their activity history in the bot's database (SQLite file or PostgreSQL; the tables of
/// <see cref="DirectLineSchema"/>, created at start), so a reload, a restart or another instance resumes from the
/// watermark. Sequence numbers are assigned inside a write transaction that first locks the conversation's row, one
/// append at a time per conversation across instances. On PostgreSQL each append is announced on
/// <see cref="ActivityChannel"/> when it commits, for the instance holding the WebSocket.
/// </summary>
public sealed class DirectLineStore(IStoreDatabase database)
{
    /// <summary>The PostgreSQL NOTIFY channel of appended activities; the payload is <c>seq:conversationId</c>.</summary>
    public const string ActivityChannel = "directline_activity";

    /// <summary>The PostgreSQL NOTIFY channel of activities pushed but not stored (typing); the payload is <c>conversationId\njson</c>.</summary>
    public const string EphemeralChannel = "directline_ephemeral";

    // NOTIFY payloads must stay under 8000 bytes.
    private const int MaxEphemeralPayload = 7000;

    /// <summary>True when other instances may append to the same conversations (PostgreSQL).</summary>
    public bool IsShared => database.IsPostgreSql;

    /// <summary>Stores a new conversation; false when it exists already.</summary>
    public async Task<bool> CreateConversationAsync(string conversationId, string userId, string? userName, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var rows = await WriteAsync(connection => connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO directline_conversation (conversation_id, user_id, user_name, created_at, last_activity_at)
            VALUES (@conversationId, @userId, @userName, @at, @at)
            ON CONFLICT (conversation_id) DO NOTHING
            """,
            new { conversationId, userId, userName, at = StoredTime.Text(at) }, cancellationToken: cancellationToken)), cancellationToken);
        return rows == 1;
    }

    public async Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ConversationRow>(new CommandDefinition(
            """
            SELECT conversation_id AS ConversationId, user_id AS UserId, user_name AS UserName, created_at AS CreatedAt, last_activity_at AS LastActivityAt
            FROM directline_conversation WHERE conversation_id = @conversationId
            """,
            new { conversationId }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    /// <summary>The user's most recently active conversation, for resuming it after a reload.</summary>
    public async Task<DirectLineConversation?> LatestConversationOfAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<ConversationRow>(new CommandDefinition(
            """
            SELECT conversation_id AS ConversationId, user_id AS UserId, user_name AS UserName, created_at AS CreatedAt, last_activity_at AS LastActivityAt
            FROM directline_conversation WHERE user_id = @userId ORDER BY last_activity_at DESC LIMIT 1
            """,
            new { userId }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    /// <summary>
    /// Appends one activity: <paramref name="render"/> gets the new sequence number and returns the JSON to store
    /// (which carries the id made from it). Returns the stored activity.
    /// </summary>
    public async Task<StoredActivity> AppendAsync(string conversationId, DateTimeOffset at, Func<long, string> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        return await WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Updating the conversation's row first locks it (PostgreSQL), so two instances appending to one
            // conversation take turns and each reads the other's sequence number.
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE directline_conversation SET last_activity_at = @at WHERE conversation_id = @conversationId",
                new { conversationId, at = StoredTime.Text(at) }, transaction, cancellationToken: cancellationToken));
            var seq = 1 + await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COALESCE(MAX(seq), 0) FROM directline_activity WHERE conversation_id = @conversationId",
                new { conversationId }, transaction, cancellationToken: cancellationToken));
            var json = render(seq);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO directline_activity (conversation_id, seq, activity) VALUES (@conversationId, @seq, @json)",
                new { conversationId, seq, json }, transaction, cancellationToken: cancellationToken));
            if (database.IsPostgreSql)
            {
                // Delivered to every listening instance when the transaction commits.
                await connection.ExecuteAsync(new CommandDefinition(
                    "SELECT pg_notify(@channel, @payload)",
                    new { channel = ActivityChannel, payload = seq.ToString(CultureInfo.InvariantCulture) + ":" + conversationId },
                    transaction, cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
            return new StoredActivity(seq, json);
        }, cancellationToken);
    }

    /// <summary>
    /// Shared database: tells every instance (this one included) to push <paramref name="activityJson"/> to the
    /// conversation's socket, wherever it is held. False when not shared or too large: push it locally then.
    /// </summary>
    public async Task<bool> AnnounceEphemeralAsync(string conversationId, string activityJson, CancellationToken cancellationToken)
    {
        var payload = conversationId + "\n" + activityJson;
        if (!database.IsPostgreSql || System.Text.Encoding.UTF8.GetByteCount(payload) > MaxEphemeralPayload)
            return false;
        await database.WriteAsync(connection => connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_notify(@channel, @payload)", new { channel = EphemeralChannel, payload }, cancellationToken: cancellationToken)),
            durable: false, cancellationToken);
        return true;
    }

    /// <summary>The activities after <paramref name="watermark"/> (a sequence number; 0 for all) up to <paramref name="upTo"/>, in order.</summary>
    public async Task<IReadOnlyList<StoredActivity>> ActivitiesAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken, long upTo = long.MaxValue)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActivityRow>(new CommandDefinition(
            "SELECT seq AS Seq, activity AS Json FROM directline_activity WHERE conversation_id = @conversationId AND seq > @watermark AND seq <= @upTo ORDER BY seq",
            new { conversationId, watermark, upTo }, cancellationToken: cancellationToken));
        return [.. rows.Select(row => new StoredActivity(row.Seq, row.Json))];
    }

    /// <summary>Deletes conversations last active before <paramref name="cutoff"/> with their history; returns how many.</summary>
    public Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => WriteAsync(async connection =>
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var old = new { cutoff = StoredTime.Text(cutoff) };
        await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM directline_activity WHERE conversation_id IN
                (SELECT conversation_id FROM directline_conversation WHERE last_activity_at < @cutoff)
            """,
            old, transaction, cancellationToken: cancellationToken));
        var purged = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM directline_conversation WHERE last_activity_at < @cutoff", old, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return purged;
    }, cancellationToken);

    // Durable: the stored activities are the conversation's history, what the worker sent included.
    private Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, CancellationToken cancellationToken) =>
        database.WriteAsync(write, durable: true, cancellationToken);

    internal sealed class ConversationRow
    {
        public string ConversationId { get; set; } = "";
        public string UserId { get; set; } = "";
        public string? UserName { get; set; }
        public string CreatedAt { get; set; } = "";
        public string LastActivityAt { get; set; } = "";

        public DirectLineConversation ToRecord() => new(ConversationId, UserId, UserName, StoredTime.Parse(CreatedAt), StoredTime.Parse(LastActivityAt));
    }

    internal sealed class ActivityRow
    {
        public long Seq { get; set; }
        public string Json { get; set; } = "";
    }
}

using System.Data.Common;
using System.Text.Json;
using Assistant.Bot.Storage;
using Dapper;

namespace Assistant.Bot.Conversations.Persistence;

/// <summary>
/// The conversation store in the bot's database (SQLite file in WAL mode, or PostgreSQL): one pooled connection per
/// operation, its tables those of <see cref="ConversationSchema"/> (created at start). Lists are JSON text; times are
/// <see cref="StoredTime"/> text. Every statement runs unchanged on both databases.
/// </summary>
public sealed class SqlConversationStore(IStoreDatabase database) : IConversationStore
{
    public async Task<ConversationState?> GetStateAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StateRow>(new CommandDefinition(
            """
            SELECT language AS Language, last_question AS LastQuestion, last_article_keys AS LastArticleKeys,
                   unanswered_in_a_row AS UnansweredInARow, pending_action AS PendingAction, updated_at AS UpdatedAt,
                   recent_questions AS RecentQuestions, org_unit AS OrgUnit, pending_calculation AS PendingCalculation
            FROM conversation_state WHERE conversation_key = @key
            """,
            new { key = address.Key }, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new ConversationState(address, row.Language, row.LastQuestion, FromJson(row.LastArticleKeys), (int)row.UnansweredInARow, row.PendingAction, StoredTime.Parse(row.UpdatedAt))
            {
                RecentQuestions = QuestionsFromJson(row.RecentQuestions),
                OrgUnit = row.OrgUnit,
                Calculation = row.PendingCalculation is { } pending ? JsonSerializer.Deserialize(pending, ConversationJsonContext.Readable.PendingCalculation) : null,
            };
    }

    public async Task SaveTurnAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await database.WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(StateCommand(turn.State, transaction, cancellationToken));
            if (turn.Answer is { } answer)
                await connection.ExecuteAsync(AnswerCommand(answer, transaction, cancellationToken));
            if (turn.Unanswered is { } unanswered)
                await connection.ExecuteAsync(UnansweredCommand(unanswered, transaction, cancellationToken));
            if (turn.Feedback is { } feedback)
                await connection.ExecuteAsync(FeedbackCommand(feedback, transaction, cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }, durable: false, cancellationToken);
    }

    /// <summary>Saves a state alone (tests and seeding; a turn saves through <see cref="SaveTurnAsync"/>).</summary>
    public Task SaveStateAsync(ConversationState state, CancellationToken cancellationToken) =>
        SaveTurnAsync(new ConversationTurn(state), cancellationToken);

    private static CommandDefinition StateCommand(ConversationState state, DbTransaction transaction, CancellationToken cancellationToken) =>
        new(
            """
            INSERT INTO conversation_state (conversation_key, channel_id, conversation_id, scope, language, last_question,
                                            last_article_keys, unanswered_in_a_row, pending_action, updated_at, recent_questions, org_unit,
                                            pending_calculation)
            VALUES (@key, @channelId, @conversationId, @scope, @language, @lastQuestion, @lastArticleKeys, @unanswered, @pendingAction, @updatedAt,
                    @recentQuestions, @orgUnit, @pendingCalculation)
            ON CONFLICT (conversation_key) DO UPDATE SET
                language = excluded.language, last_question = excluded.last_question,
                last_article_keys = excluded.last_article_keys, unanswered_in_a_row = excluded.unanswered_in_a_row,
                pending_action = excluded.pending_action, updated_at = excluded.updated_at,
                recent_questions = excluded.recent_questions, org_unit = excluded.org_unit,
                pending_calculation = excluded.pending_calculation
            """,
            new
            {
                key = state.Address.Key,
                channelId = state.Address.ChannelId,
                conversationId = state.Address.ConversationId,
                scope = state.Address.Scope.ToString(),
                language = state.Language,
                lastQuestion = state.LastQuestion,
                lastArticleKeys = ToJson(state.LastArticleKeys),
                unanswered = state.UnansweredInARow,
                pendingAction = state.PendingAction,
                updatedAt = StoredTime.Text(state.UpdatedAt),
                recentQuestions = JsonSerializer.Serialize(state.RecentQuestions.ToList(), ConversationJsonContext.Readable.ListAskedQuestion),
                orgUnit = state.OrgUnit,
                pendingCalculation = state.Calculation is { } pending
                    ? JsonSerializer.Serialize(pending, ConversationJsonContext.Readable.PendingCalculation)
                    : null,
            },
            transaction,
            cancellationToken: cancellationToken);

    public async Task SaveReferenceAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await WriteAsync(connection => connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO conversation_reference (conversation_key, channel_id, conversation_id, scope, channel_reference, stored_at)
            VALUES (@key, @channelId, @conversationId, @scope, @channelReference, @storedAt)
            ON CONFLICT (conversation_key) DO UPDATE SET
                scope = excluded.scope, channel_reference = excluded.channel_reference, stored_at = excluded.stored_at
            """,
            new
            {
                key = reference.Address.Key,
                channelId = reference.Address.ChannelId,
                conversationId = reference.Address.ConversationId,
                scope = reference.Address.Scope.ToString(),
                channelReference = reference.ChannelReference,
                storedAt = StoredTime.Text(reference.StoredAt),
            },
            cancellationToken: cancellationToken)), cancellationToken);
    }

    public async Task<ConversationReference?> GetReferenceAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ReferenceRow>(new CommandDefinition(
            """
            SELECT channel_id AS ChannelId, conversation_id AS ConversationId, scope AS Scope,
                   channel_reference AS ChannelReference, stored_at AS StoredAt
            FROM conversation_reference WHERE conversation_key = @key
            """,
            new { key = address.Key }, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new ConversationReference(new ConversationAddress(row.ChannelId, row.ConversationId, ParseScope(row.Scope)), row.ChannelReference, StoredTime.Parse(row.StoredAt));
    }

    /// <summary>Records an answer alone (tests and seeding).</summary>
    public async Task RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await WriteAsync(connection => connection.ExecuteAsync(AnswerCommand(answer, null, cancellationToken)), cancellationToken);
    }

    private static CommandDefinition AnswerCommand(AnswerRecord answer, DbTransaction? transaction, CancellationToken cancellationToken) =>
        new(
            """
            INSERT INTO answer (answer_id, conversation_key, channel_id, conversation_id, scope, question, article_keys, mode, language, answered_at)
            VALUES (@answerId, @key, @channelId, @conversationId, @scope, @question, @articleKeys, @mode, @language, @at)
            """,
            new
            {
                answerId = answer.AnswerId,
                key = answer.Address.Key,
                channelId = answer.Address.ChannelId,
                conversationId = answer.Address.ConversationId,
                scope = answer.Address.Scope.ToString(),
                question = answer.Question,
                articleKeys = ToJson(answer.ArticleKeys),
                mode = answer.Mode,
                language = answer.Language,
                at = StoredTime.Text(answer.At),
            },
            transaction,
            cancellationToken: cancellationToken);

    public async Task<AnswerRecord?> GetAnswerAsync(string answerId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AnswerRow>(new CommandDefinition(
            """
            SELECT answer_id AS AnswerId, channel_id AS ChannelId, conversation_id AS ConversationId, scope AS Scope,
                   question AS Question, article_keys AS ArticleKeys, mode AS Mode, language AS Language, answered_at AS At
            FROM answer WHERE answer_id = @answerId
            """,
            new { answerId }, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new AnswerRecord(
                row.AnswerId,
                new ConversationAddress(row.ChannelId, row.ConversationId, ParseScope(row.Scope)),
                row.Question,
                FromJson(row.ArticleKeys),
                row.Mode,
                row.Language,
                StoredTime.Parse(row.At));
    }

    /// <summary>Records feedback alone (tests and seeding).</summary>
    public async Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await WriteAsync(connection => connection.ExecuteAsync(FeedbackCommand(feedback, null, cancellationToken)), cancellationToken);
    }

    private static CommandDefinition FeedbackCommand(AnswerFeedback feedback, DbTransaction? transaction, CancellationToken cancellationToken) =>
        new(
            """
            INSERT INTO feedback (answer_id, conversation_key, helpful, question, article_keys, given_at)
            VALUES (@answerId, @key, @helpful, @question, @articleKeys, @at)
            """,
            new
            {
                answerId = feedback.AnswerId,
                key = feedback.Address.Key,
                helpful = feedback.Helpful ? 1 : 0,
                question = feedback.Question,
                articleKeys = ToJson(feedback.ArticleKeys),
                at = StoredTime.Text(feedback.At),
            },
            transaction,
            cancellationToken: cancellationToken);

    /// <summary>Records an unanswered question alone (tests and seeding).</summary>
    public async Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        await WriteAsync(connection => connection.ExecuteAsync(UnansweredCommand(question, null, cancellationToken)), cancellationToken);
    }

    private static CommandDefinition UnansweredCommand(UnansweredQuestion question, DbTransaction? transaction, CancellationToken cancellationToken) =>
        new(
            """
            INSERT INTO unanswered (conversation_key, question, language, reason, closest_article_keys, asked_at)
            VALUES (@key, @question, @language, @reason, @closest, @at)
            """,
            new
            {
                key = question.Address.Key,
                question = question.Question,
                language = question.Language,
                reason = question.Reason,
                closest = ToJson(question.ClosestArticleKeys),
                at = StoredTime.Text(question.At),
            },
            transaction,
            cancellationToken: cancellationToken);

    public async Task<QuestionPurge> PurgeQuestionsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var cutoff = new { before = StoredTime.Text(before) };
        return await database.WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var answers = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM answer WHERE answered_at < @before", cutoff, transaction, cancellationToken: cancellationToken));
            var feedback = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM feedback WHERE given_at < @before", cutoff, transaction, cancellationToken: cancellationToken));
            var unanswered = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM unanswered WHERE asked_at < @before", cutoff, transaction, cancellationToken: cancellationToken));
            var states = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM conversation_state WHERE updated_at < @before", cutoff, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return new QuestionPurge(answers, feedback, unanswered, states);
        }, durable: true, cancellationToken);
    }

    private Task WriteAsync(Func<DbConnection, Task<int>> write, CancellationToken cancellationToken) =>
        database.WriteAsync(write, durable: false, cancellationToken);

    private static string ToJson(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values.ToList(), StorageJsonContext.Readable.ListString);

    private static List<string> FromJson(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Readable.ListString) ?? [];

    private static List<AskedQuestion> QuestionsFromJson(string json) =>
        JsonSerializer.Deserialize(json, ConversationJsonContext.Readable.ListAskedQuestion) ?? [];

    private static ConversationScope ParseScope(string scope) =>
        Enum.TryParse<ConversationScope>(scope, out var parsed) ? parsed : ConversationScope.Personal;

    internal sealed class StateRow
    {
        public string Language { get; set; } = "";
        public string? LastQuestion { get; set; }
        public string LastArticleKeys { get; set; } = "[]";
        public long UnansweredInARow { get; set; }
        public string? PendingAction { get; set; }
        public string UpdatedAt { get; set; } = "";
        public string RecentQuestions { get; set; } = "[]";
        public string? OrgUnit { get; set; }
        public string? PendingCalculation { get; set; }
    }

    internal sealed class ReferenceRow
    {
        public string ChannelId { get; set; } = "";
        public string ConversationId { get; set; } = "";
        public string Scope { get; set; } = "";
        public string ChannelReference { get; set; } = "";
        public string StoredAt { get; set; } = "";
    }

    internal sealed class AnswerRow
    {
        public string AnswerId { get; set; } = "";
        public string ChannelId { get; set; } = "";
        public string ConversationId { get; set; } = "";
        public string Scope { get; set; } = "";
        public string Question { get; set; } = "";
        public string ArticleKeys { get; set; } = "[]";
        public string Mode { get; set; } = "";
        public string Language { get; set; } = "";
        public string At { get; set; } = "";
    }
}

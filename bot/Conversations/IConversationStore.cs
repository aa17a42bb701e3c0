namespace Assistant.Bot.Conversations;

/// <summary>
/// Conversation state, references, answers, feedback and unanswered questions. SQLite by default; PostgreSQL fills the
/// same contract. A turn reads its conversation's state once and writes what it changed once (<see cref="SaveTurnAsync"/>).
/// </summary>
public interface IConversationStore
{
    Task<ConversationState?> GetStateAsync(ConversationAddress address, CancellationToken cancellationToken);

    /// <summary>Writes a turn's state and records in one transaction: all of them or none.</summary>
    Task SaveTurnAsync(ConversationTurn turn, CancellationToken cancellationToken);

    Task SaveReferenceAsync(ConversationReference reference, CancellationToken cancellationToken);
    Task<ConversationReference?> GetReferenceAsync(ConversationAddress address, CancellationToken cancellationToken);
    Task<AnswerRecord?> GetAnswerAsync(string answerId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes what employees asked before <paramref name="before"/>: answer records, feedback, unanswered questions, and
    /// the state of conversations idle since then (their last and recent questions). References stay: they hold no words.
    /// </summary>
    Task<QuestionPurge> PurgeQuestionsAsync(DateTimeOffset before, CancellationToken cancellationToken);
}

/// <summary>How many rows of each kind a purge deleted.</summary>
public sealed record QuestionPurge(int Answers, int Feedback, int Unanswered, int States)
{
    public int Total => Answers + Feedback + Unanswered + States;
}

namespace Assistant.Bot.Conversations;

/// <summary>Conversation state, references, answers, feedback and unanswered questions. SQLite by default; PostgreSQL fills the same contract.</summary>
public interface IConversationStore
{
    Task<ConversationState?> GetStateAsync(ConversationAddress address, CancellationToken cancellationToken);
    Task SaveStateAsync(ConversationState state, CancellationToken cancellationToken);
    Task SaveReferenceAsync(ConversationReference reference, CancellationToken cancellationToken);
    Task<ConversationReference?> GetReferenceAsync(ConversationAddress address, CancellationToken cancellationToken);
    Task RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken);
    Task<AnswerRecord?> GetAnswerAsync(string answerId, CancellationToken cancellationToken);
    Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken);
    Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken);

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

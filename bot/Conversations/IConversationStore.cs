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
}

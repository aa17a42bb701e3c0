namespace Assistant.Bot.Conversations;

/// <summary>What one turn writes, together: the conversation's state and, when there is one, the answer's record, the
/// unanswered question, the worker's feedback.</summary>
public sealed record ConversationTurn(
    ConversationState State, AnswerRecord? Answer = null, UnansweredQuestion? Unanswered = null, AnswerFeedback? Feedback = null);

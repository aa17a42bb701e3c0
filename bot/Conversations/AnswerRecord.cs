namespace Assistant.Bot.Conversations;

/// <summary>An answer the bot gave, kept so feedback and analytics can refer to it.</summary>
/// <param name="AnswerId">The answer's id (shown on its card).</param>
/// <param name="Address">The conversation.</param>
/// <param name="Question">The question answered.</param>
/// <param name="ArticleKeys">The articles cited.</param>
/// <param name="Mode"><c>extractive</c>, <c>generated</c>, <c>reference</c> or <c>unsupported</c>.</param>
/// <param name="Language">The answer's language.</param>
/// <param name="At">When it was given.</param>
public sealed record AnswerRecord(
    string AnswerId, ConversationAddress Address, string Question, IReadOnlyList<string> ArticleKeys, string Mode, string Language, DateTimeOffset At)
{
    /// <summary>The <see cref="Mode"/> of a question the knowledge could not support (also kept as an <see cref="UnansweredQuestion"/>).</summary>
    public const string UnsupportedMode = Answering.AnswerOutcome.UnsupportedMode;
}

/// <summary>A worker's "was this helpful?" verdict, with what it was about.</summary>
public sealed record AnswerFeedback(string AnswerId, ConversationAddress Address, bool Helpful, string Question, IReadOnlyList<string> ArticleKeys, DateTimeOffset At);

/// <summary>A question the knowledge could not support, for the officers' analytics.</summary>
public sealed record UnansweredQuestion(ConversationAddress Address, string Question, string Language, string Reason, IReadOnlyList<string> ClosestArticleKeys, DateTimeOffset At);

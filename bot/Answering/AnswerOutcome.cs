using Assistant.Bot.Replies;
using Assistant.Knowledge.Search;

namespace Assistant.Bot.Answering;

/// <summary>What answering a question produced; the turn records it.</summary>
/// <param name="AnswerId">The answer's id (feedback buttons carry it).</param>
/// <param name="Reply">The answer to send.</param>
/// <param name="Language">The answer's language (<c>zh</c>/<c>en</c>).</param>
/// <param name="ArticleKeys">The articles shown, the law first.</param>
/// <param name="Support">How well the knowledge supported the question.</param>
/// <param name="Mode"><c>guide</c>, <c>extractive</c>, <c>generated</c>, <c>reference</c> or <c>unsupported</c>.</param>
/// <param name="UnansweredInARow">Questions in a row the knowledge could not answer, this one included.</param>
/// <param name="SupportReason">Why the verdict is what it is (kept with an unanswered question).</param>
/// <param name="ClosestKeys">The closest articles found, kept with an unanswered question for the union to see.</param>
public sealed record AnswerOutcome(
    string AnswerId,
    Reply Reply,
    string Language,
    IReadOnlyList<string> ArticleKeys,
    SupportLevel Support,
    string Mode,
    int UnansweredInARow,
    string SupportReason,
    IReadOnlyList<string> ClosestKeys)
{
    /// <summary>The mode of an answer the knowledge could not support.</summary>
    public const string UnsupportedMode = "unsupported";
}

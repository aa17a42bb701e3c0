using Assistant.Bot.Calculators.Conversation;

namespace Assistant.Bot.Conversations;

/// <summary>What the bot remembers of one conversation between turns.</summary>
/// <param name="Address">The conversation.</param>
/// <param name="Language">The language of the last question (<c>zh</c>/<c>en</c>).</param>
/// <param name="LastQuestion">The last question asked, for follow-ups and handoff summaries.</param>
/// <param name="LastArticleKeys">The articles shown for it.</param>
/// <param name="UnansweredInARow">How many questions in a row got no supported answer.</param>
/// <param name="PendingAction">What the bot asked and awaits (e.g. <c>confirm-handoff</c>), if anything.</param>
/// <param name="UpdatedAt">When the state was last saved.</param>
public sealed record ConversationState(
    ConversationAddress Address,
    string Language,
    string? LastQuestion,
    IReadOnlyList<string> LastArticleKeys,
    int UnansweredInARow,
    string? PendingAction,
    DateTimeOffset UpdatedAt)
{
    /// <summary>How many recent questions are kept: enough for an officer to see what led to a case, no transcript.</summary>
    public const int MaxRecentQuestions = 5;

    /// <summary>The last questions asked (oldest first, at most <see cref="MaxRecentQuestions"/>), for case summaries.</summary>
    public IReadOnlyList<AskedQuestion> RecentQuestions { get; init; } = [];

    /// <summary>The org unit the employee chose when a case opened, reused for later cases; null when never chosen.</summary>
    public string? OrgUnit { get; init; }

    /// <summary>A calculation waiting for the worker's next figure; null when none is.</summary>
    public PendingCalculation? Calculation { get; init; }

    /// <summary>This state with <paramref name="question"/> appended to <see cref="RecentQuestions"/>, the oldest dropped beyond the bound.</summary>
    public ConversationState WithQuestion(AskedQuestion question) =>
        this with { RecentQuestions = [.. RecentQuestions.Append(question).TakeLast(MaxRecentQuestions)] };
}

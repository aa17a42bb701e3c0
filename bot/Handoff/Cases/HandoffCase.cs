using Assistant.Bot.Conversations;
using Assistant.Bot.Policy;

namespace Assistant.Bot.Handoff.Cases;

/// <summary>
/// One employee's request for a union officer. The case number is <see cref="Id"/>. An anonymous case stores neither
/// the employee's name nor their account id, only <see cref="EmployeeLabel"/> (<c>匿名职工 #1234</c>).
/// </summary>
/// <param name="Id">The case number (0 before it is stored).</param>
/// <param name="Address">The employee's conversation, where officer replies are delivered.</param>
/// <param name="Anonymous">The employee chose to stay anonymous.</param>
/// <param name="EmployeeId">The employee's channel account id; null when anonymous.</param>
/// <param name="EmployeeLabel">What officers see: the display name, or the anonymous label kept for the whole case.</param>
/// <param name="OrgUnit">The employee's org unit (team), when known.</param>
/// <param name="Branch">The grid branch the case belongs to (officers of other branches cannot see it).</param>
/// <param name="Topic">Short topic (the question that led here, cut).</param>
/// <param name="Summary">The questions asked and the articles found.</param>
/// <param name="ArticleKeys">The articles the bot found.</param>
/// <param name="Language">The employee's language (<c>zh</c>/<c>en</c>).</param>
/// <param name="Reason">Why the case was opened.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Level">The grid level now responsible (0 = team grid member).</param>
/// <param name="OfficerId">The officer who owns it, when claimed.</param>
/// <param name="ClaimDueAt">When it must be claimed by (queued/reopened).</param>
/// <param name="ReplyDueAt">When the officer must answer the employee's waiting message by.</param>
/// <param name="Rating">The employee's rating 1–5, once given.</param>
/// <param name="RatingComment">The employee's comment on the rating.</param>
/// <param name="AwaitingComment">The bot asked for a comment on the rating and waits for it.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="ClosedAt">When it was resolved or closed.</param>
/// <param name="Version">Optimistic concurrency: each change bumps it; a change made against an older version loses.</param>
public sealed record HandoffCase(
    long Id,
    ConversationAddress Address,
    bool Anonymous,
    string? EmployeeId,
    string EmployeeLabel,
    string? OrgUnit,
    string Branch,
    string Topic,
    string Summary,
    IReadOnlyList<string> ArticleKeys,
    string Language,
    HandoffReason Reason,
    CaseStatus Status,
    int Level,
    string? OfficerId,
    DateTimeOffset? ClaimDueAt,
    DateTimeOffset? ReplyDueAt,
    int? Rating,
    string? RatingComment,
    bool AwaitingComment,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    long Version)
{
    /// <summary>True while the case is not finished (the conversation has it).</summary>
    public bool IsOpen => Status is CaseStatus.Queued or CaseStatus.Assigned or CaseStatus.Active or CaseStatus.Reopened;

    /// <summary>True while an officer owns it: employee messages go to the officer and the bot stays quiet.</summary>
    public bool IsOwned => Status is CaseStatus.Assigned or CaseStatus.Active;

    /// <summary>True while nobody owns it and the current level must claim it.</summary>
    public bool IsWaiting => Status is CaseStatus.Queued or CaseStatus.Reopened;
}

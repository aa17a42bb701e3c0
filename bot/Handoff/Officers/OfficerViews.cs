namespace Assistant.Bot.Handoff.Officers;

/// <summary>A case as listed to officers: the employee only by label, never by account id. <see cref="UpdatedAt"/> is its latest activity.</summary>
public sealed record OfficerCaseSummary(
    long Id,
    string Status,
    int Level,
    string LevelName,
    string Branch,
    string? OrgUnit,
    string Employee,
    bool Anonymous,
    string Topic,
    string Reason,
    string? Officer,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClaimDueAt,
    DateTimeOffset? ReplyDueAt,
    int? Rating,
    DateTimeOffset UpdatedAt);

/// <summary>
/// One page of <c>GET /api/officer/cases</c>, newest activity first; <see cref="Next"/> is the <c>before</c> token of the
/// following page, null on the last page.
/// </summary>
public sealed record OfficerCasePage(IReadOnlyList<OfficerCaseSummary> Cases, string? Next);

/// <summary>One case in full for an officer of its branch; text is masked unless the officer owns the case.</summary>
public sealed record OfficerCaseDetail(
    OfficerCaseSummary Case,
    string Summary,
    IReadOnlyList<OfficerArticle> Articles,
    string? RatingComment,
    IReadOnlyList<OfficerTranscriptLine> Transcript,
    IReadOnlyList<OfficerAuditLine> Audit);

/// <summary>An article the bot found for the case, as the worker saw it: named as the law names itself, its whole text
/// to open in the console, and when its version took effect (null when the live index no longer holds it).</summary>
public sealed record OfficerArticle(string Key, string Name, string? Text, string? InForce);

public sealed record OfficerTranscriptLine(DateTimeOffset At, string Author, string AuthorLabel, string Text);

public sealed record OfficerAuditLine(DateTimeOffset At, string Actor, string Action, string? Detail);

/// <summary>The signed-in officer; <paramref name="Analytics"/>: may open the analytics page (company union).</summary>
public sealed record OfficerProfile(string Id, string Name, int Level, string LevelName, string Branch, bool Analytics);

/// <summary><c>POST /officer/login</c> body.</summary>
public sealed record OfficerLogin(string? Id, string? Password);

/// <summary><c>POST /api/officer/cases/{id}/messages</c> body.</summary>
public sealed record OfficerMessage(string? Text);

/// <summary><c>POST /api/officer/cases/{id}/transfer</c> body: the level and/or branch to move the case to.</summary>
public sealed record OfficerTransfer(int? Level, string? Branch);

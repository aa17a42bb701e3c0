using System.Globalization;
using System.Security.Cryptography;
using Assistant.Bot.Conversations;
using Assistant.Bot.Resources;
using Microsoft.Extensions.Options;
using Assistant.Bot.Policy;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Handoff.Cases;

/// <summary>
/// Everything that changes a case: open, claim, relay both ways, resolve, rate, comment, escalate, transfer. Each
/// change is one conditional store update carrying its audit lines, transcript entries and outbox notifications, so
/// a change either happened completely (and will be announced) or not at all.
/// </summary>
public sealed class CaseService(
    ICaseStore store,
    CaseRouter router,
    BotText text,
    OutboxSignal outbox,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<CaseService> logger,
    CaseSummaries? summaries = null)
{
    private static readonly CaseStatus[] Waiting = [CaseStatus.Queued, CaseStatus.Reopened];
    private static readonly CaseStatus[] Owned = [CaseStatus.Assigned, CaseStatus.Active];
    private readonly CaseSummaries _summaries = summaries ?? new CaseSummaries();

    /// <summary>Opens a case for the conversation of <paramref name="message"/> and stores it before anyone is told.</summary>
    public async Task<HandoffCase> OpenAsync(
        IncomingMessage message, ConversationState state, HandoffReason reason, bool anonymous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(state);
        var previous = await store.GetLatestAsync(state.Address.Key, cancellationToken);
        var content = await _summaries.BuildAsync(state, message.UserId, reason, previous, cancellationToken);
        var orgUnit = router.OrgUnitOf(message, state);
        var (branch, level) = router.Route(orgUnit);
        var now = time.GetUtcNow();
        var label = anonymous || string.IsNullOrWhiteSpace(message.UserName)
            ? text.Format("AnonymousEmployee", BotLanguages.Chinese, RandomNumberGenerator.GetInt32(1000, 10000))
            : message.UserName!;
        var draft = new HandoffCase(
            0, message.Address, anonymous || string.IsNullOrWhiteSpace(message.UserName), anonymous ? null : message.UserId, label,
            orgUnit, branch, content.Topic, content.Summary, content.ArticleKeys, state.Language, reason, CaseStatus.Queued, level,
            null, now + router.ClaimDeadline(level), null, null, null, false, now, now, null, 0);
        // The transcript starts with what the employee asked the bot, so the officer reads the conversation from its start.
        var transcript = content.Questions.Select(q => new TranscriptEntry(0, q.At, TranscriptEntry.Employee, label, q.Text)).ToList();
        var stored = await store.CreateAsync(draft, new CaseChange(
            [new CaseEvent(0, now, CaseActions.Employee, CaseActions.Opened, $"level={level} reason={reason} anonymous={draft.Anonymous}")],
            transcript,
            [OfficerNotice(level, CaseActions.Opened, now)]), cancellationToken);
        HandoffLog.Opened(logger, stored.Id, level, reason.ToString(), stored.Anonymous);
        outbox.Notify();
        return stored;
    }

    /// <summary>The officer takes the case. Of two officers claiming at once exactly one wins; the other gets a conflict.</summary>
    public async Task<CaseResult> ClaimAsync(GridOfficer officer, long caseId, CancellationToken cancellationToken)
    {
        var (found, error) = await AccessAsync(officer, caseId, cancellationToken);
        if (found is null)
            return error!;
        if (!found.IsWaiting)
            return CaseResult.Conflict(found, "The case is not waiting to be claimed.");
        var now = time.GetUtcNow();
        var claimed = found with
        {
            Status = CaseStatus.Assigned, OfficerId = officer.Id, ClaimDueAt = null,
            ReplyDueAt = now + router.ReplyDeadline(Math.Max(found.Level, officer.Level)), UpdatedAt = now,
        };
        var notice = text.Format("CaseClaimed", found.Language, officer.Name, router.LevelName(officer.Level), found.Id);
        return await ChangeAsync(found, claimed, Waiting, CaseActions.Officer(officer.Id), CaseActions.Claimed, $"level={officer.Level}",
            transcript: null, employeeText: notice, employeeEvent: CaseActions.Claimed, cancellationToken, officersEvent: CaseActions.Claimed);
    }

    /// <summary>The owning officer writes to the employee; delivered to the employee's chat through the outbox.</summary>
    public async Task<CaseResult> ReplyAsync(GridOfficer officer, long caseId, string? message, CancellationToken cancellationToken)
    {
        var (found, error) = await AccessAsync(officer, caseId, cancellationToken);
        if (found is null)
            return error!;
        if (string.IsNullOrWhiteSpace(message) || message.Length > options.Value.MaxMessageLength)
            return CaseResult.Invalid($"text must be 1-{options.Value.MaxMessageLength} characters.");
        if (found.OfficerId != officer.Id)
            return CaseResult.Forbidden;
        if (!found.IsOwned)
            return CaseResult.Conflict(found, "The case is not open for messages.");
        var now = time.GetUtcNow();
        var trimmed = message.Trim();
        var updated = found with { Status = CaseStatus.Active, ReplyDueAt = null, UpdatedAt = now };
        return await ChangeAsync(found, updated, Owned, CaseActions.Officer(officer.Id), CaseActions.OfficerMessage, $"length={trimmed.Length}",
            [new TranscriptEntry(found.Id, now, TranscriptEntry.Officer, officer.Name, trimmed)],
            text.Format("OfficerSays", found.Language, officer.Name, trimmed), CaseActions.OfficerMessage, cancellationToken);
    }

    /// <summary>The owning officer resolves the case; the employee is asked for a rating.</summary>
    public async Task<CaseResult> ResolveAsync(GridOfficer officer, long caseId, CancellationToken cancellationToken)
    {
        var (found, error) = await AccessAsync(officer, caseId, cancellationToken);
        if (found is null)
            return error!;
        if (found.OfficerId != officer.Id)
            return CaseResult.Forbidden;
        if (!found.IsOwned)
            return CaseResult.Conflict(found, "Only an assigned or active case can be resolved.");
        var now = time.GetUtcNow();
        var resolved = found with { Status = CaseStatus.Resolved, ReplyDueAt = null, ClosedAt = now, UpdatedAt = now };
        return await ChangeAsync(found, resolved, Owned, CaseActions.Officer(officer.Id), CaseActions.Resolved, null,
            transcript: null, employeeText: null, employeeEvent: CaseActions.Resolved, cancellationToken, officersEvent: CaseActions.Resolved);
    }

    /// <summary>Moves the case to another level and/or branch, unclaimed; that level is told.</summary>
    public async Task<CaseResult> TransferAsync(GridOfficer officer, long caseId, int? level, string? branch, CancellationToken cancellationToken)
    {
        var (found, error) = await AccessAsync(officer, caseId, cancellationToken);
        if (found is null)
            return error!;
        var toLevel = level ?? found.Level;
        var toBranch = string.IsNullOrWhiteSpace(branch) ? found.Branch : branch.Trim();
        if (toLevel < 0 || toLevel > router.TopLevel || !router.IsKnownBranch(toBranch) || toBranch == GridOptions.AllBranches)
            return CaseResult.Invalid("level or branch is not part of the grid.");
        if (found.OfficerId is not null && found.OfficerId != officer.Id)
            return CaseResult.Forbidden;
        if (!found.IsOpen)
            return CaseResult.Conflict(found, "The case is not open.");
        var now = time.GetUtcNow();
        var moved = found with
        {
            Status = CaseStatus.Queued, Level = toLevel, Branch = toBranch, OfficerId = null, ReplyDueAt = null,
            ClaimDueAt = now + router.ClaimDeadline(toLevel), UpdatedAt = now,
        };
        var result = await ChangeAsync(found, moved, [found.Status], CaseActions.Officer(officer.Id), CaseActions.Transferred,
            $"level={found.Level}->{toLevel} branch-changed={toBranch != found.Branch}", null, null, null, cancellationToken, officersEvent: CaseActions.Transferred);
        return result;
    }

    /// <summary>
    /// An employee message in an open case: into the transcript, and the officers are told — the owner, or while the
    /// case waits the officers who may claim it. Only an owned case starts a reply deadline; a waiting case keeps its claim deadline.
    /// </summary>
    public async Task<CaseResult> EmployeeMessageAsync(HandoffCase current, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var now = time.GetUtcNow();
        var body = message.Length > options.Value.MaxMessageLength ? message[..options.Value.MaxMessageLength] : message;
        var updated = current.IsWaiting
            ? current with { UpdatedAt = now }
            : current with { ReplyDueAt = current.ReplyDueAt ?? now + router.ReplyDeadline(current.Level), UpdatedAt = now };
        return await ChangeAsync(current, updated, current.IsWaiting ? Waiting : Owned, CaseActions.Employee, CaseActions.EmployeeMessage, $"length={body.Length}",
            [new TranscriptEntry(current.Id, now, TranscriptEntry.Employee, current.EmployeeLabel, body)], null, null, cancellationToken,
            officersEvent: CaseActions.EmployeeMessage, officersText: body);
    }

    /// <summary>The employee ends the conversation with the officer (resolved, rating asked) or withdraws a waiting case (closed).</summary>
    public async Task<CaseResult> EndByEmployeeAsync(HandoffCase current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var now = time.GetUtcNow();
        if (current.IsOwned)
        {
            var resolved = current with { Status = CaseStatus.Resolved, ReplyDueAt = null, ClosedAt = now, UpdatedAt = now };
            return await ChangeAsync(current, resolved, Owned, CaseActions.Employee, CaseActions.EndedByEmployee, null, null, null, null,
                cancellationToken, officersEvent: CaseActions.EndedByEmployee);
        }
        var closed = current with { Status = CaseStatus.Closed, ClaimDueAt = null, ClosedAt = now, UpdatedAt = now };
        return await ChangeAsync(current, closed, Waiting, CaseActions.Employee, CaseActions.Withdrawn, null, null, null, null, cancellationToken);
    }

    /// <summary>The employee rates a resolved case; 1–2 reopens it at the next level up.</summary>
    public async Task<CaseResult> RateAsync(HandoffCase current, int score, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (score is < 1 or > 5)
            return CaseResult.Invalid("score must be 1-5.");
        if (current.Status != CaseStatus.Resolved)
            return CaseResult.Conflict(current, "Only a resolved case can be rated.");
        var now = time.GetUtcNow();
        if (score <= 2)
        {
            var level = router.Next(current.Level) ?? current.Level;
            var reopened = current with
            {
                Status = CaseStatus.Reopened, Level = level, OfficerId = null, Rating = score, AwaitingComment = true,
                ClaimDueAt = now + router.ClaimDeadline(level), ClosedAt = null, UpdatedAt = now,
            };
            return await ChangeAsync(current, reopened, [CaseStatus.Resolved], CaseActions.Employee, CaseActions.Reopened,
                $"rating={score} level={current.Level}->{level}", null, null, null, cancellationToken, officersEvent: CaseActions.Reopened);
        }
        var closed = current with { Status = CaseStatus.Closed, Rating = score, AwaitingComment = true, ClosedAt = now, UpdatedAt = now };
        return await ChangeAsync(current, closed, [CaseStatus.Resolved], CaseActions.Employee, CaseActions.Rated, $"rating={score}",
            null, null, null, cancellationToken, officersEvent: CaseActions.Rated);
    }

    /// <summary>The employee's optional comment on the rating (null: declined).</summary>
    public async Task<CaseResult> CommentAsync(HandoffCase current, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var now = time.GetUtcNow();
        var body = comment is null ? null : comment.Length > options.Value.MaxMessageLength ? comment[..options.Value.MaxMessageLength] : comment;
        var updated = current with { AwaitingComment = false, RatingComment = body ?? current.RatingComment, UpdatedAt = now };
        return await ChangeAsync(current, updated, [current.Status], CaseActions.Employee, CaseActions.Commented,
            body is null ? "declined" : $"length={body.Length}", null, null, null, cancellationToken);
    }

    /// <summary>
    /// Moves an overdue case one level up (unclaimed) and tells that level; at the top level the breach is recorded
    /// and the top level told once. Returns false when the case changed meanwhile (the next tick looks again).
    /// </summary>
    public async Task<bool> EscalateAsync(HandoffCase current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var now = time.GetUtcNow();
        var deadline = current.IsWaiting ? "claim" : "reply";
        var next = router.Next(current.Level);
        CaseResult result;
        if (next is { } level)
        {
            var escalated = current with
            {
                Status = current.IsWaiting ? current.Status : CaseStatus.Queued, Level = level, OfficerId = null,
                ClaimDueAt = now + router.ClaimDeadline(level), ReplyDueAt = null, UpdatedAt = now,
            };
            result = await ChangeAsync(current, escalated, [current.Status], CaseActions.System, CaseActions.Escalated,
                $"{deadline} deadline; level={current.Level}->{level}", null, null, null, cancellationToken, officersEvent: CaseActions.Escalated);
            if (result.Outcome == CaseOutcome.Done)
                HandoffLog.Escalated(logger, current.Id, current.Level, level, deadline);
        }
        else
        {
            var breached = current with { ClaimDueAt = null, ReplyDueAt = null, UpdatedAt = now };
            result = await ChangeAsync(current, breached, [current.Status], CaseActions.System, CaseActions.Breached,
                $"{deadline} deadline; level={current.Level}", null, null, null, cancellationToken, officersEvent: CaseActions.Breached);
            if (result.Outcome == CaseOutcome.Done)
                HandoffLog.Breached(logger, current.Id, deadline);
        }
        return result.Outcome == CaseOutcome.Done;
    }

    /// <summary>Loads the case and checks the officer's branch: not found, or forbidden outside it.</summary>
    public async Task<(HandoffCase? Case, CaseResult? Error)> AccessAsync(GridOfficer officer, long caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var found = caseId > 0 ? await store.GetAsync(caseId, cancellationToken) : null;
        if (found is null)
            return (null, CaseResult.NotFound);
        return officer.Covers(found.Branch) ? (found, null) : (null, CaseResult.Forbidden);
    }

    private async Task<CaseResult> ChangeAsync(
        HandoffCase current,
        HandoffCase updated,
        IReadOnlyCollection<CaseStatus> expected,
        string actor,
        string action,
        string? detail,
        IReadOnlyList<TranscriptEntry>? transcript,
        string? employeeText,
        string? employeeEvent,
        CancellationToken cancellationToken,
        string? officersEvent = null,
        string? officersText = null)
    {
        var now = updated.UpdatedAt;
        var messages = new List<OutboxMessage>();
        if (employeeEvent is not null)
            messages.Add(new OutboxMessage(0, current.Id, OutboxKinds.Employee, updated.Level, employeeEvent, employeeText, current.Language, 0, now, null));
        if (officersEvent is not null)
            messages.Add(OfficerNotice(updated.Level, officersEvent, now) with { Text = officersText });
        var stored = await store.UpdateAsync(updated, current.Version, expected,
            new CaseChange([new CaseEvent(current.Id, now, actor, action, detail)], transcript, messages), cancellationToken);
        if (stored is null)
        {
            var latest = await store.GetAsync(current.Id, cancellationToken) ?? current;
            return CaseResult.Conflict(latest, "The case changed meanwhile.");
        }
        HandoffLog.Changed(logger, current.Id, action, actor.StartsWith("officer:", StringComparison.Ordinal) ? "officer" : actor);
        if (messages.Count > 0)
            outbox.Notify();
        return new CaseResult(CaseOutcome.Done, stored);
    }

    private static OutboxMessage OfficerNotice(int level, string @event, DateTimeOffset now) =>
        new(0, 0, OutboxKinds.Officers, level, @event, null, BotLanguages.Chinese, 0, now, null);

    /// <summary>The case number as shown (<c>#12</c>).</summary>
    public static string Number(long caseId) => caseId.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using Assistant.Bot.Resources;
using Assistant.Bot.Replies;
using Assistant.Bot.Privacy;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Outbox;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Handoff.Relay;

/// <summary>
/// What officers see in a chat channel (the Teams officers' channel): the case card as the case stands (Claim while
/// it waits, the owner and Resolve while owned), the lines a case's thread tells its story with, and the answers to
/// officers' actions. Officers are addressed in Chinese. Channel-independent: channels render the card.
/// </summary>
public sealed class OfficerCards(BotText text, CaseRouter router, SensitiveDataMasker masker)
{
    private const string Language = BotLanguages.Chinese;

    /// <summary>
    /// The card of <paramref name="handoffCase"/> after <paramref name="event"/>: case number, event, level and branch,
    /// where it stands, and the buttons its state needs. No employee name, no message text.
    /// </summary>
    public AnswerCard Card(HandoffCase handoffCase, string @event)
    {
        ArgumentNullException.ThrowIfNull(handoffCase);
        var id = Id(handoffCase.Id);
        var lead = text.Format("OfficerCardLead", Language, EventText(@event), router.LevelName(handoffCase.Level), handoffCase.Branch)
            + "\n" + StateText(handoffCase);
        var data = new Dictionary<string, string> { ["caseId"] = id };
        IReadOnlyList<CardButton> buttons = handoffCase.IsWaiting
            ? [new CardButton(text.Get("ButtonClaim", Language), new CardSubmission(CardActions.ClaimCase, data))]
            : handoffCase.IsOwned
                ? [new CardButton(text.Get("ButtonResolve", Language), new CardSubmission(CardActions.ResolveCase, data))]
                : [];
        return new AnswerCard("case-notice-" + id, text.Format("OfficerCardTitle", Language, id), lead, [], text.Get("OfficerCardNotice", Language),
            buttons, text.Get("ShowAll", Language));
    }

    /// <summary>The card as a message (the thread's first post, or its update); the text is the fallback.</summary>
    public Reply CardReply(HandoffCase handoffCase, string @event)
    {
        var card = Card(handoffCase, @event);
        return new Reply(card.Title + "\n" + card.Lead, Language, card);
    }

    /// <summary>
    /// The line <paramref name="notice"/> adds to the case's thread: who claimed or resolved it, the employee's
    /// message (under the employee's label, phone and ID-card numbers masked), or what happened.
    /// </summary>
    public Reply ThreadLine(HandoffCase handoffCase, OfficerNotice notice)
    {
        ArgumentNullException.ThrowIfNull(handoffCase);
        ArgumentNullException.ThrowIfNull(notice);
        var owner = router.Officer(handoffCase.OfficerId)?.Name ?? handoffCase.OfficerId ?? string.Empty;
        var line = notice.Event switch
        {
            CaseActions.EmployeeMessage => text.Format("OfficerSays", Language, handoffCase.EmployeeLabel, masker.Mask(notice.Text ?? string.Empty)),
            CaseActions.Claimed => text.Format("OfficerClaimed", Language, owner, handoffCase.Id),
            CaseActions.Resolved => text.Format("OfficerThreadResolved", Language, owner, handoffCase.Id),
            _ => text.Format("OfficerThreadEvent", Language, handoffCase.Id,
                text.Format("OfficerCardLead", Language, EventText(notice.Event), notice.LevelName, notice.Branch)),
        };
        return new Reply(line, Language);
    }

    /// <summary>The line telling a case's old thread where the case went (another branch's channel).</summary>
    public Reply MovedLine(HandoffCase handoffCase)
    {
        ArgumentNullException.ThrowIfNull(handoffCase);
        return new(text.Format("OfficerThreadMoved", Language, Id(handoffCase.Id), handoffCase.Branch, router.LevelName(handoffCase.Level)), Language);
    }

    /// <summary>The card of a case's old thread once the case moved to another branch's channel: where it went, no buttons.</summary>
    public Reply Moved(HandoffCase handoffCase)
    {
        var id = Id(handoffCase.Id);
        var line = MovedLine(handoffCase).Text;
        var card = new AnswerCard("case-notice-" + id, text.Format("OfficerCardTitle", Language, id), line, [], text.Get("OfficerCardNotice", Language),
            [], text.Get("ShowAll", Language));
        return new Reply(card.Title + "\n" + line, Language, card);
    }

    public Reply NotClaimable(long caseId) => new(text.Format("OfficerClaimConflict", Language, caseId), Language);

    public Reply ResolveRefused(long caseId) => new(text.Format("OfficerResolveRefused", Language, caseId), Language);

    public Reply NotAnOfficer() => new(text.Get("NotAnOfficer", Language), Language);

    /// <summary>Why a message in the case's thread was not passed on to the employee.</summary>
    public Reply NotRelayed(HandoffCase handoffCase, GridOfficer? officer)
    {
        ArgumentNullException.ThrowIfNull(handoffCase);
        var owner = router.Officer(handoffCase.OfficerId)?.Name ?? handoffCase.OfficerId;
        var line = officer is null ? text.Format("ThreadNotOfficer", Language, handoffCase.Id)
            : handoffCase.IsWaiting ? text.Format("ThreadNotClaimed", Language, handoffCase.Id)
            : handoffCase.IsOwned && handoffCase.OfficerId != officer.Id ? text.Format("ThreadNotOwner", Language, handoffCase.Id, owner)
            : text.Format("ThreadNotOpen", Language, handoffCase.Id);
        return new Reply(line, Language);
    }

    private string StateText(HandoffCase handoffCase) => handoffCase.Status switch
    {
        _ when handoffCase.IsWaiting => text.Get("OfficerCardWaiting", Language),
        _ when handoffCase.IsOwned => text.Format("OfficerCardOwned", Language,
            router.Officer(handoffCase.OfficerId)?.Name ?? handoffCase.OfficerId),
        CaseStatus.Resolved => text.Get("OfficerCardResolved", Language),
        _ when handoffCase.Rating is { } rating => text.Format("OfficerCardRated", Language, rating),
        _ => text.Get("OfficerCardClosed", Language),
    };

    private static string Id(long caseId) => caseId.ToString(CultureInfo.InvariantCulture);

    private string EventText(string @event) => @event switch
    {
        CaseActions.Opened => text.Get("OfficerEventOpened", Language),
        CaseActions.Escalated => text.Get("OfficerEventEscalated", Language),
        CaseActions.Reopened => text.Get("OfficerEventReopened", Language),
        CaseActions.Transferred => text.Get("OfficerEventTransferred", Language),
        CaseActions.EmployeeMessage => text.Get("OfficerEventEmployeeMessage", Language),
        CaseActions.EndedByEmployee => text.Get("OfficerEventEnded", Language),
        CaseActions.Breached => text.Get("OfficerEventBreached", Language),
        CaseActions.Claimed => text.Get("OfficerEventClaimed", Language),
        CaseActions.Resolved => text.Get("OfficerEventResolved", Language),
        CaseActions.Rated => text.Get("OfficerEventRated", Language),
        _ => @event,
    };
}

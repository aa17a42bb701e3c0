using System.Globalization;
using Assistant.Bot.Conversations;
using Assistant.Bot.Resources;

namespace Assistant.Bot.Handoff;

/// <summary>
/// What officers see in a chat channel (the Teams officers' channel): a notice card with a Claim button, and the
/// answers to pressing it. Officers are addressed in Chinese. Channel-independent: channels render the card.
/// </summary>
public sealed class OfficerCards(BotText text)
{
    private const string Language = BotLanguages.Chinese;

    /// <summary>The card for <paramref name="notice"/>: case number, event, level and branch; no name, no message text.</summary>
    public Reply Notice(OfficerNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var id = notice.CaseId.ToString(CultureInfo.InvariantCulture);
        var title = text.Format("OfficerCardTitle", Language, id);
        var lead = text.Format("OfficerCardLead", Language, EventText(notice.Event), notice.LevelName, notice.Branch);
        var claim = new CardButton(text.Get("ButtonClaim", Language),
            new CardSubmission(CardActions.ClaimCase, new Dictionary<string, string> { ["caseId"] = id }));
        var card = new AnswerCard("case-notice-" + id, title, lead, [], text.Get("OfficerCardNotice", Language), [claim], text.Get("ShowAll", Language));
        return new Reply(title + "\n" + lead, Language, card);
    }

    public Reply Claimed(HandoffCase handoffCase, GridOfficer officer) =>
        new(text.Format("OfficerClaimed", Language, officer.Name, handoffCase.Id), Language);

    public Reply NotClaimable(long caseId) => new(text.Format("OfficerClaimConflict", Language, caseId), Language);

    public Reply NotAnOfficer() => new(text.Get("NotAnOfficer", Language), Language);

    private string EventText(string @event) => @event switch
    {
        CaseActions.Opened => text.Get("OfficerEventOpened", Language),
        CaseActions.Escalated => text.Get("OfficerEventEscalated", Language),
        CaseActions.Reopened => text.Get("OfficerEventReopened", Language),
        CaseActions.Transferred => text.Get("OfficerEventTransferred", Language),
        CaseActions.EmployeeMessage => text.Get("OfficerEventEmployeeMessage", Language),
        CaseActions.EndedByEmployee => text.Get("OfficerEventEnded", Language),
        CaseActions.Breached => text.Get("OfficerEventBreached", Language),
        _ => @event,
    };
}

using Assistant.Bot.Resources;
using Assistant.Bot.Replies;
using Assistant.Bot.Policy;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Handoff.Cases;

/// <summary>What the employee is told about their case, from the bot's texts in their language.</summary>
public sealed class CaseReplies(BotText text, CaseRouter router)
{
    /// <summary>The field of the open-case card that carries the chosen org unit.</summary>
    public const string OrgUnitField = "orgUnit";

    /// <summary>
    /// The choice asked once before a case opens: leave the name, or stay anonymous; with <paramref name="askOrgUnit"/>
    /// also the employee's org unit, from a drop-down of the grid's org units that both buttons submit.
    /// </summary>
    public Reply ChooseIdentity(string language, HandoffReason reason, bool askOrgUnit = false)
    {
        CardButton Button(string title, string identity) => new(text.Get(title, language), new CardSubmission(
            CardActions.OpenCase, new Dictionary<string, string> { ["identity"] = identity, ["reason"] = reason.ToString() }));
        var card = new AnswerCard("handoff-identity", text.Get("HandoffChooseTitle", language), text.Get("HandoffChooseIdentity", language), [],
            text.Get("CaseNotice", language), [Button("ButtonNamed", "named"), Button("ButtonAnonymous", "anonymous")], text.Get("ShowAll", language))
        {
            Choice = askOrgUnit && router.OrgUnits.Count > 0
                ? new CardChoice(OrgUnitField, text.Get("HandoffChooseOrgUnit", language), text.Get("HandoffOrgUnitPlaceholder", language),
                    [.. router.OrgUnits.Select(u => new CardChoiceOption(u.DisplayName, u.Id))])
                : null,
        };
        return new Reply(text.Get("HandoffChooseIdentity", language), language, card);
    }

    /// <summary>The employee wrote while the case waits to be claimed: it joined the case.</summary>
    public Reply AddedToCase(HandoffCase handoffCase) =>
        new(text.Format("CaseMessageAdded", handoffCase.Language, handoffCase.Id), handoffCase.Language);

    public Reply Opened(HandoffCase handoffCase) => new(
        text.Format("CaseOpened", handoffCase.Language, handoffCase.Id, router.LevelName(handoffCase.Level),
            (int)router.ClaimDeadline(handoffCase.Level).TotalMinutes),
        handoffCase.Language);

    public Reply AlreadyOpen(HandoffCase handoffCase, string language) =>
        new(text.Format("CaseAlreadyOpen", language, handoffCase.Id, StatusText(handoffCase.Status, language)), language);

    public Reply Status(HandoffCase? handoffCase, string language)
    {
        if (handoffCase is null)
            return new Reply(text.Get("NoCase", language), language);
        var with = router.Officer(handoffCase.OfficerId) is { } officer && handoffCase.OfficerId is not null
            ? officer.Name + " (" + router.LevelName(officer.Level) + ")"
            : text.Format("CaseUnassigned", language, router.LevelName(handoffCase.Level));
        return new Reply(text.Format("CaseStatusLine", language, handoffCase.Id, StatusText(handoffCase.Status, language), with), language);
    }

    /// <summary>The rating question with buttons 1–5 (typing a digit works too).</summary>
    public Reply AskRating(HandoffCase handoffCase, string? lead = null)
    {
        var language = handoffCase.Language;
        var question = text.Format("CaseResolvedRate", language, handoffCase.Id);
        var buttons = Enumerable.Range(1, 5).Select(score => new CardButton(
            score.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new CardSubmission(CardActions.RateCase, new Dictionary<string, string>
            {
                ["caseId"] = handoffCase.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["score"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }))).ToList();
        var body = lead is null ? question : lead + "\n" + question;
        var card = new AnswerCard("case-rating-" + handoffCase.Id, text.Get("RatingTitle", language), body, [], text.Get("CaseNotice", language), buttons,
            text.Get("ShowAll", language));
        return new Reply(body, language, card);
    }

    public Reply Rated(HandoffCase handoffCase)
    {
        var language = handoffCase.Language;
        var body = handoffCase.Status == CaseStatus.Reopened
            ? text.Format("RatingReopened", language, handoffCase.Id, router.LevelName(handoffCase.Level))
            : text.Format("RatingThanks", language, handoffCase.Id);
        var skip = text.Get("ButtonSkip", language);
        return new Reply(body, language, null, [new SuggestedAction(skip, skip)]);
    }

    public Reply Withdrawn(HandoffCase handoffCase) => new(text.Format("CaseWithdrawn", handoffCase.Language, handoffCase.Id), handoffCase.Language);

    public Reply EndedByEmployee(HandoffCase handoffCase) =>
        AskRating(handoffCase, text.Format("CaseEndedByYou", handoffCase.Language, handoffCase.Id));

    public Reply CommentThanks(string language) => new(text.Get("CommentThanks", language), language);

    /// <summary>The employee's message from an outbox row: the stored text, or the rating question for a resolution.</summary>
    public Reply FromOutbox(OutboxMessage message, HandoffCase handoffCase) =>
        message.Event == CaseActions.Resolved
            ? AskRating(handoffCase)
            : new Reply(message.Text ?? string.Empty, message.Language);

    public string StatusText(CaseStatus status, string language) => text.Get("Status" + status, language);
}

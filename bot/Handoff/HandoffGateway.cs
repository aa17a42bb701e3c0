using Assistant.Bot.Answering;
using Assistant.Bot.Conversations;

namespace Assistant.Bot.Handoff;

/// <summary>
/// Replaces the recorded default with real cases. A conversation with an open case is told where it stands; otherwise
/// the employee is asked once whether to leave their name or stay anonymous, and the case opens on that choice
/// (<see cref="CaseRelay"/>); when the org unit is not known yet (no Teams team mapped, never chosen) the same card
/// asks for it. A plain request is recorded as what led to it: a sensitive last question, or
/// the bot failing to answer twice in a row. Thoughts of self-harm open an anonymous case at once: a person without delay.
/// </summary>
internal sealed class HandoffGateway(ICaseStore store, CaseService cases, CaseReplies replies, SensitiveTopicDetector sensitive, CaseRouter router) : IHandoffGateway
{
    public async Task<Reply> RequestOfficerAsync(IncomingMessage message, ConversationState state, HandoffReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(state);
        var latest = await store.GetLatestAsync(state.Address.Key, cancellationToken);
        if (latest is { IsOpen: true })
            return replies.AlreadyOpen(latest, state.Language);
        if (reason == HandoffReason.SelfHarm)
            return replies.Opened(await cases.OpenAsync(message, state, reason, anonymous: true, cancellationToken));
        return replies.ChooseIdentity(state.Language, Refine(reason, state), askOrgUnit: router.OrgUnitOf(message, state) is null);
    }

    private HandoffReason Refine(HandoffReason reason, ConversationState state) => reason switch
    {
        HandoffReason.Requested or HandoffReason.NotHelpful when state.LastQuestion is { } last && sensitive.Detect(last).Count > 0 => HandoffReason.Sensitive,
        HandoffReason.Requested or HandoffReason.NotHelpful when state.UnansweredInARow >= 2 => HandoffReason.Unanswered,
        _ => reason,
    };
}

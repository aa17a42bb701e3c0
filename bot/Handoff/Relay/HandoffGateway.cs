using Assistant.Bot.Conversations;
using Assistant.Bot.Replies;
using Assistant.Bot.Policy;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Handoff.Relay;

/// <summary>
/// Replaces the recorded default with real cases. A conversation with an open case is told where it stands; otherwise
/// the employee is asked once whether to leave their name or stay anonymous, and the case opens on that choice
/// (<see cref="CaseRelay"/>); when the org unit is not known yet (no Teams team mapped, never chosen) the same card
/// asks for it. A plain request is recorded as what led to it: a sensitive last question, or
/// the bot failing to answer twice in a row. Thoughts of self-harm open an anonymous case at once: a person without delay.
/// </summary>
internal sealed class HandoffGateway(ICaseStore store, CaseService cases, CaseReplies replies, HandoffPolicy policy, CaseRouter router) : IHandoffGateway
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
        // What the last question touched says more than the request itself.
        var last = state.RecentQuestions.Count > 0 ? state.RecentQuestions[^1].Topics : [];
        var why = policy.ReasonFor(reason, last, state.UnansweredInARow);
        return replies.ChooseIdentity(state.Language, why, askOrgUnit: router.OrgUnitOf(message, state) is null);
    }
}

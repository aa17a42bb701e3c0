using Assistant.Bot.Resources;
using Assistant.Bot.Replies;
using Assistant.Bot.Policy;

namespace Assistant.Bot.Conversations;

/// <summary>
/// The honest default until cases exist: the request is recorded in the conversation state
/// (<c>handoff-requested</c>, saved by the turn handler) and the worker is told how to reach the union directly.
/// No case is claimed.
/// </summary>
internal sealed class RecordedHandoffGateway(BotText text, ILogger<RecordedHandoffGateway> logger) : IHandoffGateway
{
    public Task<Reply> RequestOfficerAsync(IncomingMessage message, ConversationState state, HandoffReason reason, CancellationToken cancellationToken)
    {
        ConversationLog.HandoffRecorded(logger, state.Address.Key, reason);
        return Task.FromResult(new Reply(text.Get("HandoffRecorded", state.Language), state.Language));
    }
}

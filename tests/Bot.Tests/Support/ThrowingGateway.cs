using Assistant.Bot.Conversations;
using Assistant.Bot.Replies;
using Assistant.Bot.Policy;

namespace Assistant.Bot.Tests.Support;

/// <summary>A gateway that fails, to exercise the turn-level handler.</summary>
public sealed class ThrowingGateway : IHandoffGateway
{
    public Task<Reply> RequestOfficerAsync(IncomingMessage message, ConversationState state, HandoffReason reason, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("secret worker text must not be logged");
}

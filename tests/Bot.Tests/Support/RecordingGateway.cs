using Assistant.Bot.Conversations;
using Assistant.Bot.Replies;
using Assistant.Bot.Policy;

namespace Assistant.Bot.Tests.Support;

/// <summary>Wraps a gateway and remembers each request.</summary>
public sealed class RecordingGateway(IHandoffGateway inner) : IHandoffGateway
{
    public List<(HandoffReason Reason, ConversationState State)> Requests { get; } = [];

    public Task<Reply> RequestOfficerAsync(IncomingMessage message, ConversationState state, HandoffReason reason, CancellationToken cancellationToken)
    {
        Requests.Add((reason, state));
        return inner.RequestOfficerAsync(message, state, reason, cancellationToken);
    }
}

using Assistant.Bot.Replies;
using Assistant.Bot.Policy;
namespace Assistant.Bot.Conversations;

/// <summary>Passes a conversation to a union officer. The handoff feature replaces the default with real cases.</summary>
public interface IHandoffGateway
{
    /// <summary>Asks for an officer and returns what to tell the worker. Must not claim more than it did.</summary>
    Task<Reply> RequestOfficerAsync(IncomingMessage message, ConversationState state, HandoffReason reason, CancellationToken cancellationToken);
}

using Assistant.Bot.Replies;
namespace Assistant.Bot.Conversations;

/// <summary>Sends messages into a conversation later, outside a turn (officer replies, notifications).</summary>
public interface IConversationMessenger
{
    /// <summary>True when this messenger can reach conversations of the channel.</summary>
    bool Handles(string channelId);

    /// <summary>Sends a reply to a conversation whose reference was stored earlier; false when none is stored.</summary>
    Task<bool> SendAsync(ConversationAddress address, Reply reply, CancellationToken cancellationToken);
}

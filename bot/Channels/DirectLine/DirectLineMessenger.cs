using Assistant.Bot.Conversations;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>Sends into our own Direct Line conversations later (handoff replies): stored, then pushed to the open socket.</summary>
internal sealed class DirectLineMessenger(DirectLineChannel channel) : IConversationMessenger
{
    private static readonly string[] Channels = [DirectLineChannel.ChannelId, "directline"];

    public bool Handles(string channelId) => Channels.Contains(channelId, StringComparer.Ordinal);

    public Task<bool> SendAsync(ConversationAddress address, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(reply);
        return channel.SendAsync(address.ConversationId, reply, cancellationToken);
    }
}

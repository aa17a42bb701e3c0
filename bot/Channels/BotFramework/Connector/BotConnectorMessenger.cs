using System.Text.Json;
using Assistant.Bot.Channels.Activities.Rendering;
using Assistant.Bot.Channels.Activities.Schema;
using Assistant.Bot.Conversations;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Channels.BotFramework.Connector;

/// <summary>Proactive sends through the Bot Connector to conversations whose reference this channel stored.</summary>
internal sealed class BotConnectorMessenger(
    IConversationStore store, ConnectorClient connector, ActivityRenderer renderer, ILogger<BotConnectorMessenger> logger) : IConversationMessenger
{
    // Web Chat conversations run through our own Direct Line endpoint (Channels/DirectLine), not the Bot Connector.
    private static readonly string[] Channels = ["msteams", "emulator"];

    public bool Handles(string channelId) => Channels.Contains(channelId, StringComparer.Ordinal);

    public async Task<bool> SendAsync(ConversationAddress address, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(reply);
        var stored = await store.GetReferenceAsync(address, cancellationToken).ConfigureAwait(false);
        var reference = stored is null ? null : Read(stored.ChannelReference);
        if (reference is null)
        {
            BotFrameworkLog.NoReference(logger, address.ChannelId, address.ConversationId);
            return false;
        }

        // References are stored only after their request was authenticated; the flag records that.
        if (reference.Authenticated)
            connector.Trust(reference.ServiceUrl);
        var activity = renderer.Render(reply, ActivityAddressing.Proactive(reference));
        await connector.SendToConversationAsync(reference.ServiceUrl, address.ConversationId, activity, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static ChannelReference? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, BotFrameworkJson.Context.ChannelReference);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

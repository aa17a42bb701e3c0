using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Channels.BotFramework.Rendering;
using Assistant.Bot.Channels.BotFramework.Schema;
using Assistant.Bot.Handoff;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Posts each officer notice as a new thread in the officers' Teams channel: an Adaptive Card with the case number,
/// what happened, the level and the branch (no name, no message text) and a Claim button that comes back to the bot
/// as a card action (<see cref="OfficerCards"/>). Without a configured channel, the queue notifier's log.
/// </summary>
internal sealed class TeamsOfficerNotifier(
    ConnectorClient connector,
    ActivityRenderer renderer,
    OfficerCards cards,
    IOptions<TeamsOfficerChannelOptions> channel,
    IOptions<BotFrameworkOptions> bot,
    QueueOfficerNotifier queue) : IOfficerNotifier
{
    public async Task<bool> NotifyAsync(OfficerNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var settings = channel.Value;
        // Cards are for cases that need claiming; the owner follows their own case's messages in the console.
        if (!settings.IsConfigured || notice.Event is CaseActions.EmployeeMessage or CaseActions.EndedByEmployee)
            return await queue.NotifyAsync(notice, cancellationToken).ConfigureAwait(false);
        // The officers' service URL is configured by the operator, not taken from a request: trusted.
        connector.Trust(settings.ServiceUrl);
        var conversation = new ConversationAccount { Id = settings.ChannelId, IsGroup = true, ConversationType = "channel", TenantId = settings.TenantId };
        var botAccount = string.IsNullOrEmpty(bot.Value.AppId) ? null : new ChannelAccount { Id = "28:" + bot.Value.AppId };
        var activity = renderer.Render(cards.Notice(notice), new ActivityAddressing(botAccount, null, conversation, null));
        var channelData = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = settings.ChannelId },
            ["tenant"] = new JsonObject { ["id"] = settings.TenantId },
        };
        await connector.CreateConversationAsync(settings.ServiceUrl, new ConversationParameters
        {
            IsGroup = true,
            Bot = botAccount,
            TenantId = settings.TenantId,
            Activity = activity,
            ChannelData = JsonSerializer.Deserialize(channelData.ToJsonString(), BotFrameworkJson.Context.JsonElement),
        }, cancellationToken).ConfigureAwait(false);
        return true;
    }
}

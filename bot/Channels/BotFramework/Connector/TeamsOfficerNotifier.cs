using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Channels.Activities.Rendering;
using Assistant.Bot.Channels.Activities.Schema;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Outbox;
using Assistant.Bot.Handoff.Relay;
using Microsoft.Extensions.Options;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Channels.BotFramework.Connector;

/// <summary>
/// One thread per case in the officers' Teams channel. The case's first notice starts the thread with the case card
/// (<see cref="OfficerCards"/>: number, event, level, branch, state; Claim or Resolve) and the thread is recorded at
/// once; every later notice updates that card in place (Connector "update activity") and adds its line to the thread:
/// escalations, transfers, who claimed or resolved it, the employee's messages (masked). A notice that fails part-way
/// is retried by the outbox and finds the recorded thread, so a retry never starts a second one.
/// Without a configured channel, the queue notifier's log.
/// </summary>
internal sealed class TeamsOfficerNotifier(
    ConnectorClient connector,
    ActivityRenderer renderer,
    OfficerCards cards,
    ICaseStore cases,
    IOfficerThreadStore threads,
    IOptions<TeamsOfficerChannelOptions> channel,
    IOptions<BotFrameworkOptions> bot,
    QueueOfficerNotifier queue,
    TimeProvider time,
    ILogger<TeamsOfficerNotifier> logger) : IOfficerNotifier
{
    public async Task<bool> NotifyAsync(OfficerNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var settings = channel.Value;
        if (!settings.IsConfigured)
            return await queue.NotifyAsync(notice, cancellationToken).ConfigureAwait(false);
        if (await cases.GetAsync(notice.CaseId, cancellationToken).ConfigureAwait(false) is not { } handoffCase)
            return true;
        // The officers' service URL is configured by the operator, not taken from a request: trusted.
        connector.Trust(settings.ServiceUrl);
        var card = cards.CardReply(handoffCase, notice.Event);
        var channelId = settings.ChannelFor(handoffCase.Branch);
        var thread = await threads.GetAsync(notice.CaseId, cancellationToken).ConfigureAwait(false);
        if (thread is null || ThreadIdParts(thread.ConversationId).Channel != channelId)
        {
            thread = thread is null
                ? await threads.AddAsync(await CreateThreadAsync(settings, channelId, handoffCase.Id, card, cancellationToken).ConfigureAwait(false), cancellationToken)
                    .ConfigureAwait(false)
                : await MoveThreadAsync(settings, thread, channelId, handoffCase, card, cancellationToken).ConfigureAwait(false);
            // The new card tells what happened; only an employee's words need their own line.
            if (notice.Event != CaseActions.EmployeeMessage)
                return true;
        }
        else
        {
            await UpdateCardAsync(settings, thread, card, cancellationToken).ConfigureAwait(false);
        }
        var line = renderer.Render(cards.ThreadLine(handoffCase, notice), Addressing(settings, thread.ConversationId));
        await connector.SendToConversationAsync(settings.ServiceUrl, thread.ConversationId, line, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Updates the thread's card in place. A card someone deleted (404) is not worth blocking the case's later notices
    /// for: the thread's lines still tell the story. Any other failure is the outbox's to retry.
    /// </summary>
    private async Task UpdateCardAsync(TeamsOfficerChannelOptions settings, OfficerThread thread, Reply card, CancellationToken cancellationToken)
    {
        var update = renderer.Render(card, Addressing(settings, thread.ConversationId)) with { Id = thread.CardActivityId };
        try
        {
            await connector.UpdateActivityAsync(settings.ServiceUrl, thread.ConversationId, thread.CardActivityId, update, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ConnectorException exception) when (exception.StatusCode == StatusCodes.Status404NotFound)
        {
            BotFrameworkLog.OfficerCardGone(logger, thread.CaseId, exception.ErrorCode);
        }
    }

    /// <summary>
    /// The case moved to a branch with another channel (a transfer): the old thread is told where it went and its card
    /// loses its buttons, then the case gets a new thread in its new channel, recorded in place of the old one (which is
    /// remembered, so officers writing there are told). A failure before the record is retried by the outbox from the
    /// start; the old thread may then get its line twice.
    /// </summary>
    private async Task<OfficerThread> MoveThreadAsync(
        TeamsOfficerChannelOptions settings, OfficerThread old, string channelId, HandoffCase handoffCase, Reply card, CancellationToken cancellationToken)
    {
        await UpdateCardAsync(settings, old, cards.Moved(handoffCase), cancellationToken).ConfigureAwait(false);
        var line = renderer.Render(cards.MovedLine(handoffCase), Addressing(settings, old.ConversationId));
        await connector.SendToConversationAsync(settings.ServiceUrl, old.ConversationId, line, cancellationToken).ConfigureAwait(false);
        var started = await CreateThreadAsync(settings, channelId, handoffCase.Id, card, cancellationToken).ConfigureAwait(false);
        return await threads.MoveAsync(old.ConversationId, started, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Posts the card as a new thread of <paramref name="channelId"/> (the case's branch channel, or the officers' channel).
    /// The caller records it before anything else can fail.
    /// </summary>
    private async Task<OfficerThread> CreateThreadAsync(
        TeamsOfficerChannelOptions settings, string channelId, long caseId, Reply card, CancellationToken cancellationToken)
    {
        var addressing = Addressing(settings, channelId);
        var channelData = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = channelId },
            ["tenant"] = new JsonObject { ["id"] = settings.TenantId },
        };
        var created = await connector.CreateConversationAsync(settings.ServiceUrl, new ConversationParameters
        {
            IsGroup = true,
            Bot = addressing.From,
            TenantId = settings.TenantId,
            Activity = renderer.Render(card, addressing),
            ChannelData = JsonSerializer.Deserialize(channelData.ToJsonString(), BotFrameworkJson.Context.JsonElement),
        }, cancellationToken).ConfigureAwait(false);
        // Teams answers {id: "<channel>;messageid=<card id>", activityId: "<card id>"}.
        var activityId = created.ActivityId ?? (created.Id is { } id ? ThreadIdParts(id).MessageId : null);
        if (string.IsNullOrEmpty(created.Id) || string.IsNullOrEmpty(activityId))
            throw new ConnectorException("The Connector started the case thread without saying its conversation or card id.");
        return new OfficerThread(caseId, created.Id, activityId, time.GetUtcNow());
    }

    /// <summary>A Teams thread id, <c>&lt;channel&gt;;messageid=&lt;root&gt;</c>, in its parts; an id without the marker is a channel's.</summary>
    private static (string Channel, string? MessageId) ThreadIdParts(string conversationId)
    {
        const string Marker = ";messageid=";
        var at = conversationId.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? (conversationId, null) : (conversationId[..at], conversationId[(at + Marker.Length)..]);
    }

    private ActivityAddressing Addressing(TeamsOfficerChannelOptions settings, string conversationId)
    {
        var conversation = new ConversationAccount { Id = conversationId, IsGroup = true, ConversationType = "channel", TenantId = settings.TenantId };
        var botAccount = string.IsNullOrEmpty(bot.Value.AppId) ? null : new ChannelAccount { Id = "28:" + bot.Value.AppId };
        return new ActivityAddressing(botAccount, null, conversation, null);
    }
}

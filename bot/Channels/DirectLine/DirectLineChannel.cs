using System.Globalization;
using System.Text.Json;
using Assistant.Bot.Channels.Activities.Inbound;
using Assistant.Bot.Channels.Activities.Rendering;
using Assistant.Bot.Channels.Activities.Schema;
using Assistant.Bot.Conversations;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// The bot side of our Direct Line: starts conversations (welcome), stamps and stores what the user sends (the echo
/// Web Chat waits for), runs the shared turn logic in process and stores and pushes the replies.
/// </summary>
internal sealed class DirectLineChannel(
    DirectLineStore store,
    ConversationStreams streams,
    ITurnHandler handler,
    ActivityRenderer renderer,
    TimeProvider time,
    ILogger<DirectLineChannel> logger)
{
    /// <summary>The channel id stamped on every activity (what Web Chat sends, and what the turn logic sees).</summary>
    public const string ChannelId = "webchat";

    /// <summary>The bot's account in every conversation.</summary>
    public static ChannelAccount Bot { get; } = new() { Id = "assistant", Name = "职工权益助手", Role = "bot" };

    /// <summary>Creates the conversation and welcomes the user; false when it existed already.</summary>
    public async Task<bool> StartAsync(TokenClaims claims, string? locale, CancellationToken cancellationToken)
    {
        var created = await store.CreateConversationAsync(claims.ConversationId, claims.UserId, claims.UserName, time.GetUtcNow(), cancellationToken);
        if (!created)
            return false;
        DirectLineLog.Started(logger, claims.ConversationId);
        var user = User(claims.UserId, claims.UserName);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = claims.ConversationId },
            From = user,
            Recipient = Bot,
            MembersAdded = [user, Bot],
            Locale = locale,
        };
        var result = await handler.HandleAsync(ActivityMapper.Member(update, IncomingKind.MemberAdded, user, time.GetUtcNow()), cancellationToken);
        await DeliverAsync(claims.ConversationId, user, result.Replies, replyToId: null, cancellationToken);
        return true;
    }

    /// <summary>
    /// Stores and echoes what the user sent, then runs the turn for a message. Returns the stored id and whether
    /// the turn failed (the echo is kept either way).
    /// </summary>
    public async Task<(string Id, bool TurnFailed)> ReceiveAsync(TokenClaims claims, Activity sent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var user = User(claims.UserId, claims.UserName ?? sent.From?.Name);
        var stamped = sent with
        {
            Timestamp = now.ToString("O", CultureInfo.InvariantCulture),
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = claims.ConversationId },
            From = user,
            Recipient = Bot,
            ServiceUrl = null,
        };

        // Typing from the user is neither stored nor handled.
        if (string.Equals(sent.Type, ActivityTypes.Typing, StringComparison.Ordinal))
            return (claims.ConversationId + "|typing", false);

        var stored = await AppendAsync(claims.ConversationId, stamped, now, cancellationToken);
        stamped = stamped with { Id = ActivityId(claims.ConversationId, stored.Seq) };
        if (!string.Equals(sent.Type, ActivityTypes.Message, StringComparison.Ordinal))
            return (stamped.Id, false);

        try
        {
            var addressing = new ActivityAddressing(Bot, user, stamped.Conversation, stamped.Id);
            var typing = Serialize(renderer.Typing(addressing) with
            {
                ChannelId = ChannelId,
                Timestamp = now.ToString("O", CultureInfo.InvariantCulture),
            });
            // With a shared database the socket may be held by another instance: announce it to all of them.
            if (!await store.AnnounceEphemeralAsync(claims.ConversationId, typing, cancellationToken))
                streams.Ephemeral(claims.ConversationId, typing);
            var result = await handler.HandleAsync(ActivityMapper.Message(stamped, now), cancellationToken);
            await DeliverAsync(claims.ConversationId, user, result.Replies, stamped.Id, cancellationToken);
            return (stamped.Id, false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DirectLineLog.TurnFailed(logger, exception, claims.ConversationId);
            return (stamped.Id, true);
        }
    }

    /// <summary>Stores and pushes a reply outside a turn (officer replies); false when the conversation is unknown.</summary>
    public async Task<bool> SendAsync(string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        var conversation = await store.GetConversationAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            DirectLineLog.NoConversation(logger, conversationId);
            return false;
        }

        await DeliverAsync(conversationId, User(conversation.UserId, conversation.UserName), [reply], replyToId: null, cancellationToken);
        return true;
    }

    public static string ActivityId(string conversationId, long seq) =>
        conversationId + "|" + seq.ToString("0000000", CultureInfo.InvariantCulture);

    private async Task DeliverAsync(string conversationId, ChannelAccount user, IReadOnlyList<Reply> replies, string? replyToId, CancellationToken cancellationToken)
    {
        var addressing = new ActivityAddressing(Bot, user, new ConversationAccount { Id = conversationId }, replyToId);
        foreach (var reply in replies)
        {
            var now = time.GetUtcNow();
            var activity = renderer.Render(reply, addressing) with
            {
                ChannelId = ChannelId,
                Timestamp = now.ToString("O", CultureInfo.InvariantCulture),
            };
            await AppendAsync(conversationId, activity, now, cancellationToken);
        }
    }

    private async Task<StoredActivity> AppendAsync(string conversationId, Activity activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await store.AppendAsync(
            conversationId, now, seq => Serialize(activity with { Id = ActivityId(conversationId, seq) }), cancellationToken);
        streams.Wake(conversationId, stored.Seq);
        return stored;
    }

    private static ChannelAccount User(string id, string? name) => new() { Id = id, Name = name, Role = "user" };

    private static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, BotFrameworkJson.Context.Activity);
}

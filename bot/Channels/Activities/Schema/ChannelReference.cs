namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>
/// What this channel stores to reach a conversation later (the opaque <c>ChannelReference</c> JSON of
/// <see cref="Assistant.Bot.Conversations.ConversationReference"/>).
/// </summary>
/// <param name="ServiceUrl">The Connector base URL the activity came with.</param>
/// <param name="ChannelId">The channel (<c>msteams</c>…).</param>
/// <param name="Conversation">The conversation account.</param>
/// <param name="User">The user (inbound <c>from</c>).</param>
/// <param name="Bot">The bot (inbound <c>recipient</c>).</param>
/// <param name="ActivityId">The activity it was taken from.</param>
/// <param name="TenantId">The Teams tenant, when known.</param>
/// <param name="TeamId">The Teams team id, when the conversation is in a team.</param>
/// <param name="TeamsChannelId">The Teams channel id, when the conversation is in a channel.</param>
/// <param name="Locale">The client's locale, when given.</param>
/// <param name="Authenticated">True when the activity carried a valid Bot Framework token (false in unauthenticated dev mode).</param>
public sealed record ChannelReference(
    string ServiceUrl,
    string ChannelId,
    ConversationAccount Conversation,
    ChannelAccount? User,
    ChannelAccount? Bot,
    string? ActivityId,
    string? TenantId,
    string? TeamId,
    string? TeamsChannelId,
    string? Locale,
    bool Authenticated);

namespace Assistant.Bot.Conversations;

/// <summary>How to reach a conversation later. The channel's own reference is opaque JSON only the channel reads.</summary>
/// <param name="Address">The conversation.</param>
/// <param name="ChannelReference">The channel's reference (for Teams: service URL, bot, user, conversation, tenant) as JSON.</param>
/// <param name="StoredAt">When it was stored (after the request carrying it was authenticated).</param>
public sealed record ConversationReference(ConversationAddress Address, string ChannelReference, DateTimeOffset StoredAt);

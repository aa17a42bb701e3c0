using Assistant.Bot.Channels.Activities.Schema;


namespace Assistant.Bot.Channels.Activities.Rendering;

/// <summary>Who an outgoing activity is from and to, and what it answers.</summary>
/// <param name="From">The bot's account (the inbound recipient).</param>
/// <param name="Recipient">The user's account (the inbound sender).</param>
/// <param name="Conversation">The conversation.</param>
/// <param name="ReplyToId">The activity being answered, if any.</param>
public sealed record ActivityAddressing(ChannelAccount? From, ChannelAccount? Recipient, ConversationAccount Conversation, string? ReplyToId)
{
    /// <summary>A reply to <paramref name="inbound"/>: from and recipient swapped, same conversation, replyToId = its id.</summary>
    public static ActivityAddressing ReplyTo(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return new(inbound.Recipient, inbound.From, inbound.Conversation ?? new ConversationAccount(), inbound.Id);
    }

    /// <summary>A proactive message to a stored conversation (no replyToId).</summary>
    public static ActivityAddressing Proactive(ChannelReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new(reference.Bot, reference.User, reference.Conversation, null);
    }
}

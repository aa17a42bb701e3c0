namespace Assistant.Bot.Conversations;

/// <summary>Where a conversation takes place.</summary>
public enum ConversationScope
{
    /// <summary>One user and the bot.</summary>
    Personal,
    /// <summary>A group chat.</summary>
    Group,
    /// <summary>A channel of a team.</summary>
    Channel,
}

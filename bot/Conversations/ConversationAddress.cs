namespace Assistant.Bot.Conversations;

/// <summary>Identifies one conversation on one channel.</summary>
/// <param name="ChannelId">The channel (<c>msteams</c>, <c>webchat</c>, <c>directline</c>…).</param>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="Scope">Personal, group chat or team channel.</param>
public sealed record ConversationAddress(string ChannelId, string ConversationId, ConversationScope Scope = ConversationScope.Personal)
{
    /// <summary>A stable key for storage: channel and conversation id.</summary>
    public string Key => ChannelId + "|" + ConversationId;
}

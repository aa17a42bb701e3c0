namespace Assistant.Bot.Conversations;

/// <summary>What kind of event reached the bot.</summary>
public enum IncomingKind
{
    /// <summary>A user message (text and/or a card submission).</summary>
    Message,
    /// <summary>A user joined or started the conversation (welcome).</summary>
    MemberAdded,
    /// <summary>The app was installed in a personal, group or team scope (welcome).</summary>
    Installed,
    /// <summary>A card action that waits for a synchronous answer (Teams invoke adaptiveCard/action).</summary>
    CardInvoke,
}

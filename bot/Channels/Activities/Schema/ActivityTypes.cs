namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>Wire names used by this channel (compared ordinally, as the spec asks).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string AdaptiveCardInvoke = "adaptiveCard/action";
    public const string ExpectReplies = "expectReplies";
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    public const string InvokeMessageType = "application/vnd.microsoft.activity.message";
}

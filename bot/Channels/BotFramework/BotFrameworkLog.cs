namespace Assistant.Bot.Channels.BotFramework;

/// <summary>Log messages of the Bot Framework channel: ids, types and counts only, never text or names.</summary>
internal static partial class BotFrameworkLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning,
        Message = "Bot Framework channel runs UNAUTHENTICATED (no BotFramework:AppId): inbound tokens are not checked and replies carry no token. Never expose this to a network.")]
    public static partial void Unauthenticated(ILogger logger);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Rejected activity: {Status} {Reason}")]
    public static partial void Rejected(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Token rejected: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Activity {ActivityType} on {ChannelId} conversation {ConversationId}")]
    public static partial void Received(ILogger logger, string activityType, string channelId, string conversationId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "Ignored activity {ActivityType} {Name}")]
    public static partial void Ignored(ILogger logger, string activityType, string? name);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Turn failed on {ChannelId} conversation {ConversationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string channelId, string conversationId);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Typing indicator not sent to conversation {ConversationId}")]
    public static partial void TypingFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Connector answered {Status} {ErrorCode} for {Operation} (correlation {CorrelationId})")]
    public static partial void ConnectorError(ILogger logger, int status, string? errorCode, string operation, string? correlationId);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "OpenID signing keys loaded: {KeyCount} keys")]
    public static partial void KeysLoaded(ILogger logger, int keyCount);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "No stored reference for conversation {ConversationId} on {ChannelId}")]
    public static partial void NoReference(ILogger logger, string channelId, string conversationId);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Refused to send a token to an unverified service URL for conversation {ConversationId}")]
    public static partial void UntrustedServiceUrl(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "The card of case {CaseId} is gone from its officers' thread ({ErrorCode}); the thread goes on without it")]
    public static partial void OfficerCardGone(ILogger logger, long caseId, string? errorCode);
}

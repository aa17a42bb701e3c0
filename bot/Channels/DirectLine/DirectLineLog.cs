namespace Assistant.Bot.Channels.DirectLine;

/// <summary>Log messages of the Direct Line channel: conversation ids, counts and statuses, never message text.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Warning, Message = "DirectLine:TokenSigningKey is not set: tokens are signed with a random key and stop working at restart. Set it for several instances or restarts that keep sessions.")]
    public static partial void RandomSigningKey(ILogger logger);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    public static partial void Started(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Direct Line request refused with {Status}: {Reason}")]
    public static partial void Refused(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "The turn failed in Direct Line conversation {ConversationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Debug, Message = "Stream of {ConversationId} opened at watermark {Watermark}")]
    public static partial void StreamOpened(ILogger logger, string conversationId, long watermark);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Debug, Message = "Stream of {ConversationId} closed")]
    public static partial void StreamClosed(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Purged {Count} Direct Line conversations inactive since {Cutoff}")]
    public static partial void Purged(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Error, Message = "Purging old Direct Line conversations failed")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Information, Message = "No Direct Line conversation {ConversationId} to send to")]
    public static partial void NoConversation(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Warning, Message = "Listening for other instances' Direct Line activities failed ({Error}); retrying in {Retry}")]
    public static partial void ListenFailed(ILogger logger, string error, TimeSpan retry);
}

namespace Assistant.Bot.Handoff;

/// <summary>Log messages of the handoff feature: case ids, levels, counts; never message text or names.</summary>
internal static partial class HandoffLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Case {CaseId} opened at level {Level} ({Reason}, anonymous {Anonymous})")]
    public static partial void Opened(ILogger logger, long caseId, int level, string reason, bool anonymous);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Case {CaseId}: {Action} by {Actor}")]
    public static partial void Changed(ILogger logger, long caseId, string action, string actor);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Case {CaseId} escalated from level {From} to {To} ({Deadline} deadline passed)")]
    public static partial void Escalated(ILogger logger, long caseId, int from, int to, string deadline);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Case {CaseId} missed its {Deadline} deadline at the top level")]
    public static partial void Breached(ILogger logger, long caseId, string deadline);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Officers notified of case {CaseId}: {Event} at level {Level}, {Count} officers")]
    public static partial void OfficersNotified(ILogger logger, long caseId, string @event, int level, int count);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Outbox {OutboxId} of case {CaseId} not delivered (attempt {Attempt}, {Error}); retry at {NextAttemptAt}")]
    public static partial void DeliveryFailed(ILogger logger, long outboxId, long caseId, int attempt, string error, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Error, Message = "Handoff background work failed with {ExceptionType}; retried on the next tick")]
    public static partial void TickFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "Transcripts of {Count} closed cases purged")]
    public static partial void Purged(ILogger logger, int count);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning, Message = "Officer sign-in refused for an unknown account or a wrong password")]
    public static partial void SignInRefused(ILogger logger);
}

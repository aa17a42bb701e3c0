namespace Assistant.Bot.Generation;

/// <summary>Log messages of the generation feature: attempts, status codes, counts. Never prompt or answer text.</summary>
internal static partial class GenerationLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Generation enabled: {Provider}")]
    public static partial void Enabled(ILogger logger, GenerationProvider provider);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Generated an answer on attempt {Attempt} in {Milliseconds} ms citing {Cited} of {Given} articles")]
    public static partial void Generated(ILogger logger, int attempt, long milliseconds, int cited, int given);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Generation attempt {Attempt} failed with HTTP {StatusCode}")]
    public static partial void AttemptFailed(ILogger logger, int attempt, int statusCode);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Generation attempt {Attempt} timed out")]
    public static partial void AttemptTimedOut(ILogger logger, int attempt);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Generation gave up after {Attempts} attempts in {Milliseconds} ms; the extractive answer stands")]
    public static partial void GaveUp(ILogger logger, int attempts, long milliseconds);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Generation attempt {Attempt} failed with {ExceptionType}; not retried")]
    public static partial void AttemptFaulted(ILogger logger, int attempt, string exceptionType);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Generated answer rejected: {Citations} citations, {Unknown} not among the {Given} articles given")]
    public static partial void Rejected(ILogger logger, int citations, int unknown, int given);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "The model service asked to wait {RetryAfterMs} ms, beyond the remaining {RemainingMs} ms of the budget")]
    public static partial void RetryAfterBeyondBudget(ILogger logger, long retryAfterMs, long remainingMs);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Error, Message = "The model client could not be built ({ExceptionType}); generation is off")]
    public static partial void Unavailable(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Case summary written in {Milliseconds} ms, {Length} chars")]
    public static partial void Summarized(ILogger logger, long milliseconds, int length);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Case summary not written ({Failure}); the extractive summary stands")]
    public static partial void SummaryFailed(ILogger logger, string failure);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "Question expanded in {Milliseconds} ms with {Terms} terms")]
    public static partial void Expanded(ILogger logger, long milliseconds, int terms);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "Question not expanded ({Failure}); it is searched as typed")]
    public static partial void NotExpanded(ILogger logger, string failure);
}

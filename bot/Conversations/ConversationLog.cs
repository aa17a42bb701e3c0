using Assistant.Bot.Understanding;
using Assistant.Bot.Policy;
namespace Assistant.Bot.Conversations;

/// <summary>Log messages of the turn logic: conversation ids, kinds and lengths only, never text or names.</summary>
internal static partial class ConversationLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Turn in {Conversation}: {Kind}, {Length} chars, intent {Intent}")]
    public static partial void Turn(ILogger logger, string conversation, IncomingKind kind, int length, string intent);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Turn in {Conversation} failed with {ExceptionType}; apologised")]
    public static partial void TurnFailed(ILogger logger, string conversation, string exceptionType);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Feedback in {Conversation} on answer {AnswerId}: helpful {Helpful}")]
    public static partial void FeedbackRecorded(ILogger logger, string conversation, string answerId, bool helpful);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Feedback in {Conversation} on unknown answer {AnswerId}; not recorded")]
    public static partial void FeedbackOnUnknownAnswer(ILogger logger, string conversation, string answerId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Officer requested in {Conversation} ({Reason}); recorded, no case system yet")]
    public static partial void HandoffRecorded(ILogger logger, string conversation, HandoffReason reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Self-harm signal in {Conversation}; crisis lines sent and a person requested")]
    public static partial void SelfHarm(ILogger logger, string conversation);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Purged questions asked before {Cutoff}: {Answers} answers, {Feedback} feedback, {Unanswered} unanswered, {States} idle conversation states")]
    public static partial void QuestionsPurged(ILogger logger, int answers, int feedback, int unanswered, int states, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error, Message = "Purging old questions failed; the next sweep tries again")]
    public static partial void QuestionPurgeFailed(ILogger logger, Exception exception);
}

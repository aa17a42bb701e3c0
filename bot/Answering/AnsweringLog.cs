using Assistant.Knowledge.Search;

namespace Assistant.Bot.Answering;

/// <summary>Log messages of answering: conversation ids, lengths and counts, never the question.</summary>
internal static partial class AnsweringLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information,
        Message = "Answered in {Conversation}: question of {Length} chars, expanded {Expanded}, embedded {Embedded}, support {Support}, mode {Mode}, {Articles} articles, {Topics} sensitive topics")]
    public static partial void Answered(
        ILogger logger, string conversation, int length, bool expanded, bool embedded, SupportLevel support, string mode, int articles, int topics);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Generation failed in {Conversation} with {ExceptionType}; the extractive answer stands")]
    public static partial void GenerationFailed(ILogger logger, string conversation, string exceptionType);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Question expansion failed in {Conversation} with {ExceptionType}; the question is searched as typed")]
    public static partial void ExpansionFailed(ILogger logger, string conversation, string exceptionType);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Question embedding failed in {Conversation} with {ExceptionType}; the question is searched by its words")]
    public static partial void EmbeddingFailed(ILogger logger, string conversation, string exceptionType);
}

using Assistant.Knowledge.Search;

namespace Assistant.Bot.Answering;

/// <summary>Log messages of answering: conversation ids, lengths and counts, never the question.</summary>
internal static partial class AnsweringLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information,
        Message = "Answered in {Conversation}: question of {Length} chars, support {Support}, mode {Mode}, {Articles} articles, {Topics} sensitive topics")]
    public static partial void Answered(ILogger logger, string conversation, int length, SupportLevel support, string mode, int articles, int topics);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Generation failed in {Conversation} with {ExceptionType}; the extractive answer stands")]
    public static partial void GenerationFailed(ILogger logger, string conversation, string exceptionType);
}

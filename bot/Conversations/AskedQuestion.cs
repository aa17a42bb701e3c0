namespace Assistant.Bot.Conversations;

/// <summary>A question the employee asked, kept so a case can tell the officer what was asked before.</summary>
/// <param name="Text">The question as typed.</param>
/// <param name="ArticleKeys">The articles the bot found for it.</param>
/// <param name="At">When it was asked.</param>
public sealed record AskedQuestion(string Text, IReadOnlyList<string> ArticleKeys, DateTimeOffset At);

namespace Assistant.Bot.Conversations;

/// <summary>A question the employee asked, kept so a case can tell the officer what was asked before.</summary>
/// <param name="Text">The question as typed.</param>
/// <param name="ArticleKeys">The articles the bot found for it.</param>
/// <param name="At">When it was asked.</param>
/// <param name="AskedBy">The asker's channel user id: in a group chat or channel thread several people share the
/// conversation, and a case carries only its own employee's questions.</param>
public sealed record AskedQuestion(string Text, IReadOnlyList<string> ArticleKeys, DateTimeOffset At, string? AskedBy = null);

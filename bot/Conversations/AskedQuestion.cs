using Assistant.Bot.Calculators.Conversation;
using Assistant.Bot.Understanding;

namespace Assistant.Bot.Conversations;

/// <summary>A question the employee asked, kept so a case can tell the officer what was asked before.</summary>
/// <param name="Text">The question as typed.</param>
/// <param name="ArticleKeys">The articles the bot found for it.</param>
/// <param name="At">When it was asked.</param>
/// <param name="AskedBy">The asker's channel user id: in a group chat or channel thread several people share the
/// conversation, and a case carries only its own employee's questions.</param>
public sealed record AskedQuestion(string Text, IReadOnlyList<string> ArticleKeys, DateTimeOffset At, string? AskedBy = null)
{
    /// <summary>The sensitive topics the question touched, found when it was asked, so a later request for a person
    /// knows what led to it without reading the words again; empty in states saved before they were kept.</summary>
    public IReadOnlyList<SensitiveTopic> Topics { get; init; } = [];

    /// <summary>The calculation the question was answered with, for the officer of a later case.</summary>
    public CalculationNote? Calculation { get; init; }
}

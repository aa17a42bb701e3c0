using Assistant.Bot.Resources;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Recognises greetings, help and "talk to a person" from the resource word lists in both languages; anything else
/// is a question. Greetings and help must be the whole message; a request for a person may sit in a short message.
/// </summary>
public sealed class IntentRecognizer
{
    private const int MaxHandoffMessageLength = 40;
    private readonly HashSet<string> _greetings;
    private readonly HashSet<string> _help;
    private readonly IReadOnlyList<string> _human;

    public IntentRecognizer(BotText text)
    {
        _greetings = text.Words("GreetingWords").Select(WordMatcher.Compact).ToHashSet(StringComparer.Ordinal);
        _help = text.Words("HelpWords").Select(WordMatcher.Compact).ToHashSet(StringComparer.Ordinal);
        _human = text.Words("HumanPhrases");
    }

    /// <summary>The intent of a typed message.</summary>
    public Intent Recognize(string message)
    {
        var normalized = WordMatcher.Normalize(message);
        var compact = WordMatcher.Compact(normalized);
        if (compact.Length == 0 || _greetings.Contains(compact))
            return Intent.Greeting;
        if (_help.Contains(compact))
            return Intent.Help;
        if (normalized.Length <= MaxHandoffMessageLength && WordMatcher.ContainsAny(normalized, _human))
            return Intent.TalkToPerson;
        return Intent.Question;
    }
}

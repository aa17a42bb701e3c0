using Assistant.Bot.Resources;
using Assistant.Bot.Understanding;

namespace Assistant.Bot.Answering;

/// <summary>Picks the one clarifying question that helps a weakly supported question, by its topic words.</summary>
public sealed class ClarifyingQuestions
{
    private readonly BotText _text;
    private readonly (string Question, IReadOnlyList<string> Words)[] _topics;

    public ClarifyingQuestions(BotText text)
    {
        _text = text;
        _topics =
        [
            ("ClarifyLocal", text.Words("ClarifyLocalWords")),
            ("ClarifyYears", text.Words("ClarifyYearsWords")),
            ("ClarifyContract", text.Words("ClarifyContractWords")),
        ];
    }

    /// <summary>The clarifying question in <paramref name="language"/>, or null when none would help.</summary>
    public string? For(string question, string language)
    {
        var normalized = WordMatcher.Normalize(question);
        foreach (var (name, words) in _topics)
        {
            if (WordMatcher.ContainsAny(normalized, words))
                return _text.Get(name, language);
        }
        return null;
    }
}

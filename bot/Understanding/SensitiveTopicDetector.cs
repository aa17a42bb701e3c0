using Assistant.Bot.Resources;

namespace Assistant.Bot.Understanding;

/// <summary>Spots sensitive matters in a message from the resource word lists (both languages).</summary>
public sealed class SensitiveTopicDetector
{
    private readonly (SensitiveTopic Topic, IReadOnlyList<string> Words)[] _lists;

    public SensitiveTopicDetector(BotText text)
    {
        _lists =
        [
            (SensitiveTopic.SelfHarm, text.Words("SelfHarmWords")),
            (SensitiveTopic.Injury, text.Words("InjuryWords")),
            (SensitiveTopic.Dismissal, text.Words("DismissalWords")),
            (SensitiveTopic.WageArrears, text.Words("WageArrearsWords")),
            (SensitiveTopic.Harassment, text.Words("HarassmentWords")),
        ];
    }

    /// <summary>The sensitive topics the message touches, self-harm first.</summary>
    public IReadOnlyList<SensitiveTopic> Detect(string message)
    {
        var normalized = WordMatcher.Normalize(message);
        return _lists.Where(l => WordMatcher.ContainsAny(normalized, l.Words)).Select(l => l.Topic).ToList();
    }
}

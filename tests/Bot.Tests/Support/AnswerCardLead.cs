using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Support;

/// <summary>What an answer leads with: the guide section it explains from, else its first quoted article.</summary>
public static class AnswerCardLead
{
    public static string Lead(this AnswerCard card) => card.ExplanationKey ?? card.Citations[0].ArticleKey;
}

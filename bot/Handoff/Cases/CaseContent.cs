using Assistant.Bot.Conversations;

namespace Assistant.Bot.Handoff.Cases;

/// <summary>What a new case carries from the conversation before it.</summary>
/// <param name="Questions">The questions asked since the conversation's previous case (at most the state's bound), oldest first.</param>
/// <param name="Topic">The last question, cut; the reason when nothing was asked.</param>
/// <param name="Summary">The model's summary when one was written, the reason, and each question with the articles found.</param>
/// <param name="ArticleKeys">The articles found for those questions, each once, in order of first appearance.</param>
public sealed record CaseContent(IReadOnlyList<AskedQuestion> Questions, string Topic, string Summary, IReadOnlyList<string> ArticleKeys);

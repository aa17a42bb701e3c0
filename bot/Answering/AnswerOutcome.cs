using Assistant.Bot.Conversations;
using Assistant.Knowledge.Search;

namespace Assistant.Bot.Answering;

/// <summary>What answering a question produced.</summary>
/// <param name="Reply">The answer to send.</param>
/// <param name="Language">The answer's language (<c>zh</c>/<c>en</c>).</param>
/// <param name="ArticleKeys">The articles shown.</param>
/// <param name="Support">How well the knowledge supported the question.</param>
/// <param name="Mode"><c>extractive</c>, <c>generated</c>, <c>reference</c> or <c>unsupported</c>.</param>
/// <param name="Topics">Sensitive topics the question touches.</param>
public sealed record AnswerOutcome(
    Reply Reply, string Language, IReadOnlyList<string> ArticleKeys, SupportLevel Support, string Mode, IReadOnlyList<SensitiveTopic> Topics);

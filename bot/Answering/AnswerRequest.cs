using Assistant.Bot.Understanding;

namespace Assistant.Bot.Answering;

/// <summary>A question to answer, with what the turn already knows of it.</summary>
/// <param name="Question">The worker's words.</param>
/// <param name="Topics">The sensitive topics they touch, found once for the turn.</param>
/// <param name="UnansweredBefore">Questions in a row the knowledge could not answer before this one.</param>
/// <param name="ConversationKey">The conversation's key, for the logs only.</param>
public sealed record AnswerRequest(string Question, IReadOnlyList<SensitiveTopic> Topics, int UnansweredBefore, string ConversationKey);

namespace Assistant.Bot.Handoff.Relay;

/// <summary>
/// A case's thread in the officers' chat channel: started by the case's first notice, it carries the case card
/// (updated as the case moves) and every later notice, the employee's messages and the owner's answers.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="ConversationId">The thread's conversation id (Teams: <c>19:…@thread.tacv2;messageid=…</c>).</param>
/// <param name="CardActivityId">The id of the card that opened the thread, for updating it.</param>
/// <param name="StartedAt">When the thread was started.</param>
public sealed record OfficerThread(long CaseId, string ConversationId, string CardActivityId, DateTimeOffset StartedAt);

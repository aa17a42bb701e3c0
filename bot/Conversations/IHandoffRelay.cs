namespace Assistant.Bot.Conversations;

/// <summary>
/// The turn handler's first stop: when the conversation has a case (an officer owns it, a rating or comment is due,
/// the employee asks where it stands or chose how to open it), the handoff feature handles the message and the
/// answerer stays out. Returns null when the message is not the case's business. It reads the turn's state and facts as
/// given and writes no conversation state of its own: a change comes back in <see cref="RelayResult.ChangedState"/>.
/// </summary>
public interface IHandoffRelay
{
    Task<RelayResult?> TryHandleAsync(IncomingMessage message, TurnFacts facts, ConversationState state, CancellationToken cancellationToken);
}

namespace Assistant.Bot.Conversations;

/// <summary>The default without cases: nothing to relay.</summary>
public sealed class NoHandoffRelay : IHandoffRelay
{
    public Task<TurnResult?> TryHandleAsync(IncomingMessage message, ConversationState state, CancellationToken cancellationToken) =>
        Task.FromResult<TurnResult?>(null);
}

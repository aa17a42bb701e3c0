namespace Assistant.Bot.Conversations;

/// <summary>The default without cases: nothing to relay.</summary>
public sealed class NoHandoffRelay : IHandoffRelay
{
    public Task<RelayResult?> TryHandleAsync(IncomingMessage message, TurnFacts facts, ConversationState state, CancellationToken cancellationToken) =>
        Task.FromResult<RelayResult?>(null);
}

namespace Assistant.Bot.Conversations;

/// <summary>The turn logic every channel shares: one incoming message in, replies out.</summary>
public interface ITurnHandler
{
    /// <summary>Handles one incoming message. Never throws for user input; faults are answered with an apology.</summary>
    Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}

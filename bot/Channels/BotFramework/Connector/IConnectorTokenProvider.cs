namespace Assistant.Bot.Channels.BotFramework.Connector;

/// <summary>Gives the bearer token for Connector calls; null in unauthenticated mode.</summary>
internal interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

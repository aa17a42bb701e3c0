namespace Assistant.Bot.Channels.DirectLine;

/// <summary>A signed token and what it grants.</summary>
/// <param name="Token">The compact signed form handed to the client.</param>
/// <param name="Claims">What it grants.</param>
/// <param name="LifetimeSeconds">Seconds until it expires (the wire's <c>expires_in</c>).</param>
public sealed record IssuedToken(string Token, TokenClaims Claims, int LifetimeSeconds);

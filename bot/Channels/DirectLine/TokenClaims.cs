namespace Assistant.Bot.Channels.DirectLine;

/// <summary>What a Direct Line token grants: one user in one conversation until it expires.</summary>
/// <param name="ConversationId">The only conversation the token opens.</param>
/// <param name="UserId">The user's id (<c>dl_…</c>); overwrites <c>from.id</c> on everything the user sends.</param>
/// <param name="UserName">The user's display name, when known.</param>
/// <param name="ExpiresAt">When the token stops working.</param>
public sealed record TokenClaims(string ConversationId, string UserId, string? UserName, DateTimeOffset ExpiresAt);

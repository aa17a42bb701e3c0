namespace Assistant.Bot.Channels.BotFramework.Authentication;

/// <summary>The outcome of checking an inbound request's token.</summary>
/// <param name="Accepted">True when the activity may be handled.</param>
/// <param name="Authenticated">True when a valid token was checked (false in unauthenticated dev mode).</param>
/// <param name="Reason">Why it was rejected (for logs and ProblemDetails; never token contents).</param>
public sealed record TokenVerdict(bool Accepted, bool Authenticated, string? Reason)
{
    public static TokenVerdict Valid { get; } = new(true, true, null);
    public static TokenVerdict Anonymous { get; } = new(true, false, null);
    public static TokenVerdict Reject(string reason) => new(false, false, reason);
}

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>The signed part of a token: conversation, user, name, expiry (Unix seconds). Short names keep tokens short.</summary>
internal sealed record TokenPayload(string C, string U, string? N, long E);

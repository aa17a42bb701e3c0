namespace Assistant.Bot.Channels.DirectLine;

/// <summary>What a socket should send next: the stored activities up to <paramref name="UpTo"/>, or one ephemeral activity.</summary>
internal sealed record StreamSignal(long UpTo, string? Ephemeral);

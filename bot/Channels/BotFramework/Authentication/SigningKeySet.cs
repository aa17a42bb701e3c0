namespace Assistant.Bot.Channels.BotFramework.Authentication;

/// <summary>The signing keys fetched at <paramref name="FetchedAt"/>, by kid.</summary>
internal sealed record SigningKeySet(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);

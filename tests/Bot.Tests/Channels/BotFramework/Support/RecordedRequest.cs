using System.Text.Json;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>One request the fake Connector received.</summary>
public sealed record RecordedRequest(string Method, string RawPath, string? Authorization, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? ActivityType => Json.TryGetProperty("type", out var type) ? type.GetString() : null;
}

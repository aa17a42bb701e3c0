using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>The Direct Line <c>Conversation</c> object: id, token, lifetime and (for start/reconnect) the stream URL.</summary>
internal sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

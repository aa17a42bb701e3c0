using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>What the page gets from <c>POST /api/webchat/token</c>: a token bound to the user's conversation.</summary>
internal sealed record WebChatTokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId,
    bool Resumed);

using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>Source-generated JSON of the Direct Line envelope (activities themselves go through <c>BotFrameworkJson</c>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenPayload))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ResourceId))]
[JsonSerializable(typeof(WebChatTokenResponse))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;

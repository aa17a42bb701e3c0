using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>Source-generated JSON for the Bot Framework wire schema: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(InvokeCardResponseBody))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ChannelReference))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
public sealed partial class BotFrameworkJsonContext : JsonSerializerContext;

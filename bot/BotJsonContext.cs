using System.Text.Json.Serialization;
using Assistant.Bot.Health;

namespace Assistant.Bot;

/// <summary>Source-generated JSON for the bot's own documents.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class BotJsonContext : JsonSerializerContext;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Conversations.Persistence;

/// <summary>Source-generated JSON for the recent questions column; Chinese stays readable in the database, enums are written by name.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<AskedQuestion>))]
[JsonSerializable(typeof(Assistant.Bot.Calculators.Conversation.PendingCalculation))]
internal sealed partial class ConversationJsonContext : JsonSerializerContext
{
    /// <summary>The context with unescaped non-ASCII text (the column is read by SQL, never put into HTML).</summary>
    public static ConversationJsonContext Readable { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>
/// The wire serializer: the source-generated schema with Chinese written as UTF-8 rather than \u escapes, which
/// would triple the size of every answer card.
/// </summary>
public static class BotFrameworkJson
{
    /// <summary>The context every channel read and write goes through.</summary>
    public static BotFrameworkJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}

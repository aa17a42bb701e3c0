using System.Text.Json;

namespace Assistant.Bot.Tests.Support;

/// <summary>The text of an outgoing activity as a reader gets it: the message text, or for a card the summary.</summary>
public static class ActivityText
{
    public static string Of(JsonElement activity) =>
        Read(activity, "text") ?? Read(activity, "summary") ?? string.Empty;

    /// <summary>JSON as text with Chinese decoded, whatever escaping a peer used on the wire.</summary>
    public static string Decoded(JsonElement json) =>
        System.Text.Json.Nodes.JsonNode.Parse(json.GetRawText())!.ToJsonString(
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });

    private static string? Read(JsonElement activity, string property) =>
        activity.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

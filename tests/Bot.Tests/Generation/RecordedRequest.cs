using System.Text.Json;

namespace Assistant.Bot.Tests.Generation;

/// <summary>A request the fake model server received.</summary>
public sealed record RecordedRequest(string Path, string Query, string? ApiKey, string? Authorization, string Body)
{
    /// <summary>The chat messages as (role, content), decoded from the JSON body (CJK arrives \u-escaped).</summary>
    public IReadOnlyList<(string Role, string Content)> Messages()
    {
        using var json = JsonDocument.Parse(Body);
        return
        [
            .. json.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => (m.GetProperty("role").GetString()!, MessageText(m.GetProperty("content")))),
        ];
    }

    private static string MessageText(JsonElement content) =>
        content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(part => part.GetProperty("text").GetString()));
}

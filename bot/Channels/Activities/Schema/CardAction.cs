using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>A button or suggested action (<c>imBack</c>, <c>postBack</c>, <c>openUrl</c>…).</summary>
public sealed record CardAction
{
    public string? Type { get; init; }
    public string? Title { get; init; }
    public string? Image { get; init; }
    public string? Text { get; init; }
    public string? DisplayText { get; init; }
    public JsonElement? Value { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>A user or bot on a channel.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

using System.Text.Json;

namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>Body of <c>POST /v3/conversations</c> (a Teams channel thread or a 1:1 chat).</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public JsonElement? ChannelData { get; init; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>A Bot Framework activity as it travels on the wire (camelCase JSON; unknown fields are kept, not rejected).</summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? Timestamp { get; init; }
    public string? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ReplyToId { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public JsonElement? ChannelData { get; init; }
    public JsonElement? Value { get; init; }
    public string? Name { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public string? InputHint { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public string? Action { get; init; }
    public string? DeliveryMode { get; init; }

    /// <summary>Fields this schema does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

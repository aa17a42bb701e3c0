using System.Text.Json;
using Assistant.Bot.Channels.Activities.Schema;
using Assistant.Bot.Conversations;

namespace Assistant.Bot.Channels.Activities.Inbound;

/// <summary>Teams fields inside <c>channelData</c>: tenant, team (id, Microsoft 365 group id) and channel ids.</summary>
internal static class ChannelData
{
    public static string? TenantId(Activity activity) =>
        activity.Conversation?.TenantId ?? Nested(activity.ChannelData, "tenant", "id");

    public static string? TeamId(Activity activity) => Nested(activity.ChannelData, "team", "id");

    /// <summary>The team of a message from a team's channel: <c>team.id</c> and, when Teams sends it, <c>team.aadGroupId</c>.</summary>
    public static ChannelTeam? Team(Activity activity) =>
        TeamId(activity) is { Length: > 0 } id ? new ChannelTeam(id, Nested(activity.ChannelData, "team", "aadGroupId")) : null;

    public static string? TeamsChannelId(Activity activity) => Nested(activity.ChannelData, "channel", "id");

    private static string? Nested(JsonElement? data, string outer, string inner) =>
        data is { ValueKind: JsonValueKind.Object } root
        && root.TryGetProperty(outer, out var o) && o.ValueKind == JsonValueKind.Object
        && o.TryGetProperty(inner, out var i) && i.ValueKind == JsonValueKind.String
            ? i.GetString()
            : null;
}

namespace Assistant.Bot.Handoff.Routing;

/// <summary>
/// An id in one chat channel: an officer's account there, or an org unit's team there. A message matches it only when
/// it comes from that channel (<c>ConversationAddress.ChannelId</c>, compared ignoring case) and names that id.
/// </summary>
public sealed class ChannelIdentity
{
    /// <summary>The channel id of Microsoft Teams; the older <c>TeamsUserId</c> and <c>TeamsTeamIds</c> settings mean this channel.</summary>
    public const string Teams = "msteams";

    /// <summary>The channel, as its messages name it: <c>msteams</c> for Teams.</summary>
    public string Channel { get; set; } = "";

    /// <summary>
    /// The id in that channel. An officer: their user id (Teams: <c>29:…</c>). An org unit: its team (Teams: the team id
    /// <c>19:…@thread.tacv2</c> from channelData.team.id, or its Microsoft 365 group id from channelData.team.aadGroupId).
    /// </summary>
    public string Id { get; set; } = "";

    /// <summary>True when <paramref name="channel"/> is this identity's channel.</summary>
    public bool IsIn(string? channel) => string.Equals(Channel, channel, StringComparison.OrdinalIgnoreCase);

    /// <summary>The identity <paramref name="id"/> in Teams (the older settings' form).</summary>
    public static ChannelIdentity InTeams(string id) => new() { Channel = Teams, Id = id };
}

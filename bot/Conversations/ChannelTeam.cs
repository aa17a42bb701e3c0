namespace Assistant.Bot.Conversations;

/// <summary>The team a message came from, as the channel reports it (Teams: <c>channelData.team</c>).</summary>
/// <param name="Id">The channel's team id (Teams: <c>19:…@thread.tacv2</c>).</param>
/// <param name="GroupId">The team's Microsoft 365 group id (Teams: <c>aadGroupId</c>), when reported.</param>
public sealed record ChannelTeam(string Id, string? GroupId);

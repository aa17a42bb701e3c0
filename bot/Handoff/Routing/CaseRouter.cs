using Assistant.Bot.Conversations;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Handoff.Routing;

/// <summary>
/// The grid: where a new case goes (its org unit's branch at the team level; unknown org units at the top level),
/// the deadlines of each level, the next level up, and which officers a notice of a level reaches.
/// </summary>
public sealed class CaseRouter(IOptions<HandoffOptions> options)
{
    private GridOptions Grid => options.Value.Grid;

    /// <summary>The highest level.</summary>
    public int TopLevel => Grid.Levels.Count - 1;

    /// <summary>Branch and first level of a case from <paramref name="orgUnit"/>.</summary>
    public (string Branch, int Level) Route(string? orgUnit)
    {
        var unit = orgUnit is null ? null : Grid.OrgUnits.FirstOrDefault(u => string.Equals(u.Id, orgUnit, StringComparison.Ordinal));
        return unit is null ? (Grid.UnknownOrgUnitBranch, TopLevel) : (unit.Branch, 0);
    }

    /// <summary>The org units an employee may choose from (empty when the grid names none).</summary>
    public IReadOnlyList<GridOrgUnit> OrgUnits => Grid.OrgUnits;

    /// <summary><paramref name="orgUnit"/> when it is an org unit of the grid, else null (unknown: the top level).</summary>
    public string? KnownOrgUnit(string? orgUnit) =>
        orgUnit is not null && Grid.OrgUnits.Any(u => string.Equals(u.Id, orgUnit, StringComparison.Ordinal)) ? orgUnit : null;

    /// <summary>
    /// The employee's org unit: what the channel says outright, else the org unit of the channel's team the message came
    /// from (an org unit's identity in that channel), else the one the employee chose earlier in this conversation; null
    /// when none of them is a grid org unit.
    /// </summary>
    public string? OrgUnitOf(IncomingMessage message, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(state);
        return KnownOrgUnit(message.OrgUnit) ?? OrgUnitOfTeam(message.Address.ChannelId, message.Team) ?? KnownOrgUnit(state.OrgUnit);
    }

    private string? OrgUnitOfTeam(string channel, ChannelTeam? team) =>
        team is null
            ? null
            : Grid.OrgUnits.FirstOrDefault(u => u.ChannelIdentities().Any(identity => identity.IsIn(channel)
                && (string.Equals(identity.Id, team.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(identity.Id, team.GroupId, StringComparison.OrdinalIgnoreCase))))?.Id;

    /// <summary>The level above <paramref name="level"/>, or null at the top.</summary>
    public int? Next(int level) => level < TopLevel ? level + 1 : null;

    public string LevelName(int level) => Grid.Levels[Math.Clamp(level, 0, TopLevel)].Name;

    public TimeSpan ClaimDeadline(int level) => TimeSpan.FromMinutes(Grid.Levels[Math.Clamp(level, 0, TopLevel)].ClaimMinutes);

    public TimeSpan ReplyDeadline(int level) => TimeSpan.FromMinutes(Grid.Levels[Math.Clamp(level, 0, TopLevel)].ReplyMinutes);

    /// <summary>The officer with sign-in name <paramref name="officerId"/>, if configured.</summary>
    public GridOfficer? Officer(string? officerId) =>
        officerId is null ? null : Grid.Officers.FirstOrDefault(o => string.Equals(o.Id, officerId, StringComparison.Ordinal));

    /// <summary>The officer whose identity in <paramref name="channel"/> is <paramref name="userId"/>, if any.</summary>
    public GridOfficer? OfficerByChannelUser(string channel, string? userId) =>
        string.IsNullOrEmpty(userId)
            ? null
            : Grid.Officers.FirstOrDefault(o => o.ChannelIdentities().Any(identity => identity.IsIn(channel) && string.Equals(identity.Id, userId, StringComparison.Ordinal)));

    /// <summary>True when <paramref name="branch"/> is a branch of the grid (of an org unit, an officer, or unknown units).</summary>
    public bool IsKnownBranch(string branch) =>
        branch == Grid.UnknownOrgUnitBranch
        || Grid.OrgUnits.Any(u => u.Branch == branch)
        || Grid.Officers.Any(o => o.Branch == branch);

    /// <summary>
    /// The officers told about a case of <paramref name="branch"/> and <paramref name="orgUnit"/> at <paramref name="level"/>:
    /// officers of that level covering the branch; at the team level, only the grid members of the org unit when they are named.
    /// </summary>
    public IReadOnlyList<GridOfficer> OfficersOf(string branch, string? orgUnit, int level)
    {
        var atLevel = Grid.Officers.Where(o => o.Level == level && o.Covers(branch)).ToList();
        var ofUnit = atLevel.Where(o => orgUnit is not null && o.OrgUnits.Contains(orgUnit, StringComparer.Ordinal)).ToList();
        return ofUnit.Count > 0 ? ofUnit : atLevel;
    }
}

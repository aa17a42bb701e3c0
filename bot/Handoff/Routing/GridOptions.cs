using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Handoff.Routing;

/// <summary>
/// The union's grid: the levels a case climbs (team grid member → branch union → company union) with their
/// deadlines, the org units and their branch, and the officers. Section <c>Handoff:Grid</c>.
/// </summary>
public sealed class GridOptions
{
    /// <summary>Branch value of an officer who sees every branch (the company union).</summary>
    public const string AllBranches = "*";

    /// <summary>Levels from the first responder up; a case escalates to the next one.</summary>
    [MinLength(1)]
    public List<GridLevel> Levels { get; set; } = [];

    /// <summary>Org units (teams) and the branch each belongs to.</summary>
    public List<GridOrgUnit> OrgUnits { get; set; } = [];

    /// <summary>Branch of cases whose org unit is unknown; they start at the top level.</summary>
    [Required]
    public string UnknownOrgUnitBranch { get; set; } = "company";

    /// <summary>Officer accounts.</summary>
    public List<GridOfficer> Officers { get; set; } = [];
}

/// <summary>One level of the grid.</summary>
public sealed class GridLevel
{
    /// <summary>Shown to officers and employees (网格员, 分工会, 公司工会).</summary>
    [Required]
    public string Name { get; set; } = "";

    /// <summary>Minutes to claim a case once it reaches this level.</summary>
    [Range(1, 60 * 24 * 30)]
    public int ClaimMinutes { get; set; } = 60;

    /// <summary>Minutes for the owning officer to answer an employee's message.</summary>
    [Range(1, 60 * 24 * 30)]
    public int ReplyMinutes { get; set; } = 240;
}

/// <summary>An org unit (team) of the grid.</summary>
public sealed class GridOrgUnit
{
    /// <summary>The org unit as channels report it (IncomingMessage.OrgUnit).</summary>
    [Required]
    public string Id { get; set; } = "";

    /// <summary>The branch union it belongs to.</summary>
    [Required]
    public string Branch { get; set; } = "";

    /// <summary>Shown to employees when they choose their org unit; the <see cref="Id"/> when empty.</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The org unit's teams in chat channels, e.g. <c>{ "Channel": "msteams", "Id": "19:…@thread.tacv2" }</c> (Teams: the
    /// team id, channelData.team.id, or its Microsoft 365 group id, channelData.team.aadGroupId). A message from one of
    /// those teams' channels belongs to this org unit.
    /// </summary>
    public List<ChannelIdentity> Identities { get; set; } = [];

    /// <summary>The older form of Teams teams in <see cref="Identities"/>: each id is an <c>msteams</c> identity. Still read.</summary>
    public List<string> TeamsTeamIds { get; set; } = [];

    /// <summary>Every team of this org unit: <see cref="Identities"/> and the <see cref="TeamsTeamIds"/> as Teams identities.</summary>
    public IEnumerable<ChannelIdentity> ChannelIdentities() => Identities.Concat(TeamsTeamIds.Select(ChannelIdentity.InTeams));

    /// <summary>What employees see.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name;
}

/// <summary>An officer account.</summary>
public sealed class GridOfficer
{
    /// <summary>Sign-in name.</summary>
    [Required]
    public string Id { get; set; } = "";

    /// <summary>Shown to the employee with the officer's replies.</summary>
    [Required]
    public string Name { get; set; } = "";

    /// <summary>The grid level (index into Levels).</summary>
    [Range(0, 10)]
    public int Level { get; set; }

    /// <summary>The branch whose cases this officer sees; <c>*</c> for all (company union).</summary>
    [Required]
    public string Branch { get; set; } = "";

    /// <summary>For team grid members: the org units they look after (notices of level-0 cases go to them).</summary>
    public List<string> OrgUnits { get; set; } = [];

    /// <summary>
    /// The officer's accounts in chat channels, e.g. <c>{ "Channel": "msteams", "Id": "29:…" }</c>, so a Claim pressed (or a
    /// message written) in a case's thread of the officers' channel is theirs.
    /// </summary>
    public List<ChannelIdentity> Identities { get; set; } = [];

    /// <summary>The older form of a Teams account in <see cref="Identities"/>: an <c>msteams</c> identity. Still read.</summary>
    public string? TeamsUserId { get; set; }

    /// <summary>The officer's Entra ID object id (<c>oid</c>, a GUID) when officers sign in with Entra ID (Handoff:OfficerSignIn:Entra).</summary>
    public string? EntraObjectId { get; set; }

    /// <summary>PBKDF2 hash (the format of <c>OfficerPasswords</c>, officer sign-in). Secret-adjacent: set it outside committed files in production.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>Every account of this officer: <see cref="Identities"/> and the <see cref="TeamsUserId"/> as a Teams identity.</summary>
    public IEnumerable<ChannelIdentity> ChannelIdentities() =>
        string.IsNullOrEmpty(TeamsUserId) ? Identities : Identities.Append(ChannelIdentity.InTeams(TeamsUserId));

    /// <summary>True when the officer may act on cases of <paramref name="branch"/>.</summary>
    public bool Covers(string branch) => Branch == GridOptions.AllBranches || string.Equals(Branch, branch, StringComparison.Ordinal);
}

using Assistant.Bot.Handoff;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>A branch channel must name a branch the grid routes cases to; a typo would silently send its cases to the main channel.</summary>
internal sealed class OfficerChannelBranchesValidator(IOptions<HandoffOptions> handoff) : IValidateOptions<TeamsOfficerChannelOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOfficerChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Branches.Count == 0)
            return ValidateOptionsResult.Success;
        var grid = handoff.Value.Grid;
        var branches = grid.OrgUnits.Select(u => u.Branch).Append(grid.UnknownOrgUnitBranch).ToHashSet(StringComparer.Ordinal);
        var unknown = options.Branches
            .Select((entry, index) => (entry, index))
            .Where(e => !string.IsNullOrWhiteSpace(e.entry.Branch) && !branches.Contains(e.entry.Branch))
            .Select(e => $"BotFramework:OfficerChannel:Branches:{e.index}:Branch '{e.entry.Branch}' is not a branch of Handoff:Grid (an org unit's Branch).")
            .ToList();
        return unknown.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(unknown);
    }
}

using Assistant.Bot.Handoff.Routing;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Handoff;

/// <summary>Cross-field checks of the grid, at start: levels, unique org units and officers, channel identities and team mappings (credentials: Officers/SignIn/OfficerAccountsValidator).</summary>
internal sealed class HandoffOptionsValidator : IValidateOptions<HandoffOptions>
{
    public ValidateOptionsResult Validate(string? name, HandoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var grid = options.Grid;
        var failures = new List<string>();
        if (grid.Levels.Count == 0)
            failures.Add("Handoff:Grid:Levels needs at least one level.");
        foreach (var level in grid.Levels)
        {
            if (string.IsNullOrWhiteSpace(level.Name))
                failures.Add("Every Handoff:Grid:Levels entry needs a Name.");
            if (level.ClaimMinutes < 1 || level.ReplyMinutes < 1)
                failures.Add($"Level '{level.Name}': ClaimMinutes and ReplyMinutes must be at least 1.");
        }
        foreach (var unit in grid.OrgUnits.Where(u => string.IsNullOrWhiteSpace(u.Id) || string.IsNullOrWhiteSpace(u.Branch)))
            failures.Add($"Org unit '{unit.Id}' needs an Id and a Branch.");
        foreach (var duplicate in grid.OrgUnits.GroupBy(u => u.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            failures.Add($"Org unit id '{duplicate.Key}' is used more than once.");
        // Employees choose by display name: two units shown alike could not be told apart.
        foreach (var duplicate in grid.OrgUnits.GroupBy(u => u.DisplayName, StringComparer.Ordinal).Where(g => g.Count() > 1 && g.Select(u => u.Id).Distinct().Count() > 1))
            failures.Add($"Org unit name '{duplicate.Key}' is shown for more than one org unit ({string.Join(", ", duplicate.Select(u => u.Id))}).");
        foreach (var unit in grid.OrgUnits.Where(u => u.TeamsTeamIds.Any(string.IsNullOrWhiteSpace)))
            failures.Add($"Org unit '{unit.Id}': TeamsTeamIds has an empty entry.");
        foreach (var unit in grid.OrgUnits.Where(u => u.Identities.Any(Incomplete)))
            failures.Add($"Org unit '{unit.Id}': every Identities entry needs a Channel and an Id.");
        // A team belongs to one org unit, whichever form (Identities or the older TeamsTeamIds) names it.
        foreach (var shared in grid.OrgUnits
                     .SelectMany(u => u.ChannelIdentities().Where(i => !Incomplete(i)).DistinctBy(Key, StringComparer.OrdinalIgnoreCase).Select(i => (Team: i, Unit: u.Id)))
                     .GroupBy(p => Key(p.Team), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            failures.Add($"{TeamName(shared.First().Team)} is mapped to more than one org unit ({string.Join(", ", shared.Select(p => p.Unit))}).");
        foreach (var duplicate in grid.Officers.GroupBy(o => o.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            failures.Add($"Officer id '{duplicate.Key}' is used more than once.");
        foreach (var officer in grid.Officers)
        {
            if (string.IsNullOrWhiteSpace(officer.Id) || string.IsNullOrWhiteSpace(officer.Name) || string.IsNullOrWhiteSpace(officer.Branch))
                failures.Add("Every officer needs an Id, a Name and a Branch.");
            if (officer.Level < 0 || officer.Level >= Math.Max(1, grid.Levels.Count))
                failures.Add($"Officer '{officer.Id}': Level {officer.Level} is not a configured level.");
            if (officer.Identities.Any(Incomplete))
                failures.Add($"Officer '{officer.Id}': every Identities entry needs a Channel and an Id.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool Incomplete(ChannelIdentity identity) => string.IsNullOrWhiteSpace(identity.Channel) || string.IsNullOrWhiteSpace(identity.Id);

    private static string Key(ChannelIdentity identity) => identity.Channel + "\n" + identity.Id;

    private static string TeamName(ChannelIdentity team) =>
        team.IsIn(ChannelIdentity.Teams) ? $"Teams team '{team.Id}'" : $"Team '{team.Id}' of channel '{team.Channel}'";
}

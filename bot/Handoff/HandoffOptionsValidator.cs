using Microsoft.Extensions.Options;

namespace Assistant.Bot.Handoff;

/// <summary>Cross-field checks of the grid, at start: levels, unique org units and officers, Teams team mappings (credentials: SignIn/OfficerAccountsValidator).</summary>
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
        foreach (var shared in grid.OrgUnits.SelectMany(u => u.TeamsTeamIds.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.OrdinalIgnoreCase).Select(t => (Team: t, Unit: u.Id)))
                     .GroupBy(p => p.Team, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            failures.Add($"Teams team '{shared.Key}' is mapped to more than one org unit ({string.Join(", ", shared.Select(p => p.Unit))}).");
        foreach (var duplicate in grid.Officers.GroupBy(o => o.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            failures.Add($"Officer id '{duplicate.Key}' is used more than once.");
        foreach (var officer in grid.Officers)
        {
            if (string.IsNullOrWhiteSpace(officer.Id) || string.IsNullOrWhiteSpace(officer.Name) || string.IsNullOrWhiteSpace(officer.Branch))
                failures.Add("Every officer needs an Id, a Name and a Branch.");
            if (officer.Level < 0 || officer.Level >= Math.Max(1, grid.Levels.Count))
                failures.Add($"Officer '{officer.Id}': Level {officer.Level} is not a configured level.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Officers.SignIn;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Tests.Handoff.Support;

/// <summary>The sample grid of bot/appsettings.json (江河示范能源集团), in code, with the documented dev password.</summary>
public static class SampleGrid
{
    public const string Password = "officer-dev-2026";
    public const string PowerPlantTeam = "发电一厂运行一值";
    public const string PowerPlantBranch = "发电一厂分工会";
    public const string PowerPlantTeamsTeamId = "19:power-plant-shift-one@thread.tacv2";
    public const string PowerPlantTeamsGroupId = "5b1e3c1a-7d4f-4c55-9e1b-2f0a8c6d4e21";

    private static readonly Lazy<string> Hash = new(() => OfficerPasswords.Hash(Password));

    public static HandoffOptions Options() => new()
    {
        Grid = new GridOptions
        {
            Levels =
            [
                new GridLevel { Name = "班组网格员", ClaimMinutes = 60, ReplyMinutes = 240 },
                new GridLevel { Name = "分工会", ClaimMinutes = 120, ReplyMinutes = 480 },
                new GridLevel { Name = "公司工会", ClaimMinutes = 240, ReplyMinutes = 1440 },
            ],
            OrgUnits =
            [
                new GridOrgUnit { Id = PowerPlantTeam, Branch = PowerPlantBranch, Name = "发电一厂 运行一值", TeamsTeamIds = [PowerPlantTeamsTeamId, PowerPlantTeamsGroupId] },
                new GridOrgUnit { Id = "检修公司电气班", Branch = "检修公司分工会" },
            ],
            UnknownOrgUnitBranch = "公司工会",
            Officers =
            [
                Officer("wangli", "王丽", 0, PowerPlantBranch, PowerPlantTeam),
                Officer("liuyang", "刘洋", 0, "检修公司分工会", "检修公司电气班"),
                Officer("sunwei", "孙伟", 1, PowerPlantBranch),
                Officer("huangtao", "黄涛", 2, GridOptions.AllBranches),
            ],
        },
    };

    private static GridOfficer Officer(string id, string name, int level, string branch, params string[] units) =>
        new() { Id = id, Name = name, Level = level, Branch = branch, OrgUnits = [.. units], PasswordHash = Hash.Value };
}

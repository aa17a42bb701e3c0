using System.Text;
using Assistant.Bot.Conversations;
using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Routing;
using Assistant.Bot.Tests.Handoff.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Tests.Handoff.Routing;

/// <summary>
/// Officers and org units are known in a channel by their identities there (<c>Identities: [{ Channel, Id }]</c>);
/// the older Teams keys (<c>TeamsUserId</c>, <c>TeamsTeamIds</c>) keep meaning the same as <c>msteams</c> identities.
/// </summary>
public sealed class ChannelIdentityTests
{
    private const string OlderOfficer = "29:wangli-teams";
    private const string NewerOfficer = "29:liuyang-teams";
    private const string OlderTeam = "19:power-plant-shift-one@thread.tacv2";
    private const string NewerTeam = "19:repair-electric@thread.tacv2";
    private const string NewerTeamGroup = "7d0a2c4e-9b1f-4e3a-8c5d-1f2e3a4b5c6d";
    private const string RepairTeam = "检修公司电气班";

    /// <summary>The same grid written with the older keys and with Identities, as appsettings.json would hold it.</summary>
    private const string OlderForm =
        """
        {
          "Handoff": { "Grid": {
            "OrgUnits": [
              { "Id": "发电一厂运行一值", "Branch": "发电一厂分工会", "TeamsTeamIds": [ "19:power-plant-shift-one@thread.tacv2" ] },
              { "Id": "检修公司电气班", "Branch": "检修公司分工会", "TeamsTeamIds": [ "19:repair-electric@thread.tacv2", "7d0a2c4e-9b1f-4e3a-8c5d-1f2e3a4b5c6d" ] }
            ],
            "Officers": [
              { "Id": "wangli", "Name": "王丽", "Level": 0, "Branch": "发电一厂分工会", "TeamsUserId": "29:wangli-teams" },
              { "Id": "liuyang", "Name": "刘洋", "Level": 0, "Branch": "检修公司分工会", "TeamsUserId": "29:liuyang-teams" }
            ]
          } }
        }
        """;

    private const string NewerForm =
        """
        {
          "Handoff": { "Grid": {
            "OrgUnits": [
              { "Id": "发电一厂运行一值", "Branch": "发电一厂分工会", "Identities": [ { "Channel": "msteams", "Id": "19:power-plant-shift-one@thread.tacv2" } ] },
              { "Id": "检修公司电气班", "Branch": "检修公司分工会", "Identities": [
                { "Channel": "msteams", "Id": "19:repair-electric@thread.tacv2" }, { "Channel": "msteams", "Id": "7d0a2c4e-9b1f-4e3a-8c5d-1f2e3a4b5c6d" } ] }
            ],
            "Officers": [
              { "Id": "wangli", "Name": "王丽", "Level": 0, "Branch": "发电一厂分工会", "Identities": [ { "Channel": "msteams", "Id": "29:wangli-teams" } ] },
              { "Id": "liuyang", "Name": "刘洋", "Level": 0, "Branch": "检修公司分工会", "Identities": [ { "Channel": "msteams", "Id": "29:liuyang-teams" } ] }
            ]
          } }
        }
        """;

    [Theory]
    [InlineData(OlderForm)]
    [InlineData(NewerForm)]
    public void Either_form_of_the_settings_knows_the_same_officers_and_teams_in_Teams_only(string json)
    {
        var router = Router(Bind(json));

        Assert.Equal("wangli", router.OfficerByChannelUser(ChannelIdentity.Teams, OlderOfficer)?.Id);
        Assert.Equal("liuyang", router.OfficerByChannelUser(ChannelIdentity.Teams, NewerOfficer)?.Id);
        Assert.Null(router.OfficerByChannelUser(ChannelIdentity.Teams, "29:someone-else"));
        Assert.Null(router.OfficerByChannelUser("webchat", NewerOfficer));
        Assert.Equal(SampleGrid.PowerPlantTeam, OrgUnitOf(router, ChannelIdentity.Teams, new ChannelTeam(OlderTeam, null)));
        Assert.Equal(RepairTeam, OrgUnitOf(router, ChannelIdentity.Teams, new ChannelTeam(NewerTeam.ToUpperInvariant(), null)));
        Assert.Equal(RepairTeam, OrgUnitOf(router, ChannelIdentity.Teams, new ChannelTeam("19:another-id@thread.skype", NewerTeamGroup)));
        Assert.Null(OrgUnitOf(router, "webchat", new ChannelTeam(NewerTeam, null)));
    }

    [Fact]
    public void Both_forms_may_be_mixed_on_one_officer_and_an_identity_names_its_own_channel()
    {
        var options = SampleGrid.Options();
        var wangli = options.Grid.Officers[0];
        wangli.TeamsUserId = OlderOfficer;
        wangli.Identities = [new ChannelIdentity { Channel = "webchat", Id = "wangli@union.example" }, new ChannelIdentity { Channel = "MSTeams", Id = "29:wangli-second" }];
        var router = Router(options);

        Assert.Equal("wangli", router.OfficerByChannelUser(ChannelIdentity.Teams, OlderOfficer)?.Id);
        Assert.Equal("wangli", router.OfficerByChannelUser(ChannelIdentity.Teams, "29:wangli-second")?.Id);
        Assert.Equal("wangli", router.OfficerByChannelUser("webchat", "wangli@union.example")?.Id);
        Assert.Null(router.OfficerByChannelUser(ChannelIdentity.Teams, "wangli@union.example"));
    }

    [Fact]
    public void An_identity_without_a_channel_or_an_id_is_refused_for_an_org_unit_and_an_officer()
    {
        var options = SampleGrid.Options();
        options.Grid.OrgUnits[1].Identities = [new ChannelIdentity { Channel = "msteams", Id = " " }];
        options.Grid.Officers[1].Identities = [new ChannelIdentity { Channel = "", Id = NewerOfficer }];

        var result = new HandoffOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Org unit '{RepairTeam}': every Identities entry needs a Channel and an Id.", result.Failures!);
        Assert.Contains("Officer 'liuyang': every Identities entry needs a Channel and an Id.", result.Failures!);
    }

    [Fact]
    public void A_team_named_for_two_org_units_is_refused_whichever_form_names_it_but_the_same_id_in_another_channel_is_not()
    {
        var options = SampleGrid.Options();
        options.Grid.OrgUnits[1].Identities = [new ChannelIdentity { Channel = "MSTeams", Id = SampleGrid.PowerPlantTeamsTeamId.ToUpperInvariant() }];

        var twice = new HandoffOptionsValidator().Validate(null, options);

        Assert.True(twice.Failed);
        Assert.Contains(twice.Failures!, f => f.StartsWith($"Teams team '{SampleGrid.PowerPlantTeamsTeamId}' is mapped to more than one org unit", StringComparison.Ordinal));

        options.Grid.OrgUnits[1].Identities = [new ChannelIdentity { Channel = "webchat", Id = SampleGrid.PowerPlantTeamsTeamId }];
        Assert.True(new HandoffOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void One_org_unit_may_name_its_team_in_both_forms()
    {
        var options = SampleGrid.Options();
        options.Grid.OrgUnits[0].Identities = [ChannelIdentity.InTeams(SampleGrid.PowerPlantTeamsTeamId)];

        Assert.True(new HandoffOptionsValidator().Validate(null, options).Succeeded);
    }

    private static HandoffOptions Bind(string json)
    {
        var options = SampleGrid.Options();
        options.Grid.OrgUnits.Clear();
        options.Grid.Officers.Clear();
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build()
            .GetSection(HandoffOptions.SectionName).Bind(options);
        Assert.True(new HandoffOptionsValidator().Validate(null, options).Succeeded);
        return options;
    }

    private static CaseRouter Router(HandoffOptions options) => new(Options.Create(options));

    private static string? OrgUnitOf(CaseRouter router, string channel, ChannelTeam team)
    {
        var address = new ConversationAddress(channel, "19:team-channel@thread.tacv2;messageid=1", ConversationScope.Channel);
        var message = new IncomingMessage(address, IncomingKind.Message, "29:employee", null, "转人工", null, "zh-CN", DateTimeOffset.UnixEpoch, "1", Team: team);
        return router.OrgUnitOf(message, new ConversationState(address, "zh", null, [], 0, null, DateTimeOffset.UnixEpoch));
    }
}

using Assistant.Bot.Conversations;
using Assistant.Bot.Handoff;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Assistant.Bot.Replies;
using Assistant.Bot.Policy;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Tests.Handoff.Routing;

/// <summary>Where a case starts: the org unit from the Teams team, or asked once on the open-case card and remembered.</summary>
public sealed class OrgUnitTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>, IDisposable
{
    private const string RepairTeam = "检修公司电气班";
    private readonly HandoffHarness _rig = new(index) { OrgUnit = null };

    public void Dispose() => _rig.Dispose();

    [Theory]
    [InlineData(SampleGrid.PowerPlantTeamsTeamId, null)]
    [InlineData("19:another-id-teams-may-send@thread.skype", SampleGrid.PowerPlantTeamsGroupId)]
    public async Task A_message_from_a_mapped_Teams_team_starts_the_case_at_its_grid_member_without_asking(string teamId, string? groupId)
    {
        // A team is known in its own channel: the message comes from Teams.
        _rig.Address = new ConversationAddress("msteams", "19:shift-one@thread.tacv2;messageid=1", ConversationScope.Channel);
        _rig.Team = new ChannelTeam(teamId, groupId);

        var card = Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!;
        var opened = await OpenFromAsync(card, "匿名");

        Assert.Null(card.Choice);
        Assert.Equal((SampleGrid.PowerPlantTeam, SampleGrid.PowerPlantBranch, 0), (opened.OrgUnit, opened.Branch, opened.Level));
    }

    [Fact]
    public async Task An_unknown_org_unit_is_asked_on_the_identity_card_with_the_units_display_names()
    {
        var card = Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!;

        var choice = card.Choice!;
        Assert.Equal(CaseReplies.OrgUnitField, choice.Id);
        Assert.Equal([("发电一厂 运行一值", SampleGrid.PowerPlantTeam), (RepairTeam, RepairTeam)], choice.Options.Select(o => (o.Title, o.Value)));
        Assert.Contains("班组", choice.Label, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chosen_org_unit_routes_the_case_and_is_remembered_for_the_next_case()
    {
        var first = await OpenFromAsync(Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!, "留下姓名", RepairTeam);
        await _rig.SayAsync("结束");
        _rig.Time.Advance(TimeSpan.FromMinutes(5));

        var again = Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!;
        var second = await OpenFromAsync(again, "匿名");

        Assert.Equal((RepairTeam, "检修公司分工会", 0), (first.OrgUnit, first.Branch, first.Level));
        Assert.Null(again.Choice);
        Assert.Equal((RepairTeam, "检修公司分工会", 0), (second.OrgUnit, second.Branch, second.Level));
        Assert.Equal(RepairTeam, (await _rig.Conversations.GetStateAsync(_rig.Address, CancellationToken.None))!.OrgUnit);
    }

    [Theory]
    [InlineData("不存在的班组")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_missing_or_unknown_choice_opens_the_case_at_the_top_level_and_is_not_remembered(string? submitted)
    {
        var card = Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!;
        var result = await _rig.PressAsync(CardActions.OpenCase, Data(card, "匿名", submitted));

        var opened = (await _rig.Store.GetLatestAsync(_rig.Address.Key, CancellationToken.None))!;
        Assert.Contains($"诉求 #{opened.Id} 已受理", Assert.Single(result.Replies).Text, StringComparison.Ordinal);
        Assert.Equal(((string?)null, "公司工会", 2), (opened.OrgUnit, opened.Branch, opened.Level));
        Assert.Null((await _rig.Conversations.GetStateAsync(_rig.Address, CancellationToken.None))!.OrgUnit);
        await _rig.SayAsync("结束");
        Assert.NotNull(Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!.Choice);
    }

    [Fact]
    public async Task In_a_group_chat_the_choice_routes_the_case_but_is_not_remembered_for_the_next_person()
    {
        _rig.Address = new ConversationAddress("msteams", "19:group-chat@thread.v2", ConversationScope.Group);
        var opened = await OpenFromAsync(Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!, "匿名", RepairTeam);
        await _rig.SayAsync("结束");

        var next = Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!;

        Assert.Equal((RepairTeam, 0), (opened.OrgUnit, opened.Level));
        Assert.NotNull(next.Choice);
    }

    [Fact]
    public async Task A_team_mapping_wins_over_an_earlier_choice()
    {
        // A personal chat remembers the choice; the team is known there because the message comes from Teams.
        _rig.Address = new ConversationAddress("msteams", "a:personal-handoff");
        await OpenFromAsync(Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!, "匿名", RepairTeam);
        await _rig.SayAsync("结束");
        _rig.Team = new ChannelTeam(SampleGrid.PowerPlantTeamsTeamId, null);

        var opened = await OpenFromAsync(Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!, "匿名");

        Assert.Equal(SampleGrid.PowerPlantTeam, opened.OrgUnit);
    }

    [Fact]
    public async Task Self_harm_opens_at_the_remembered_org_unit_at_once()
    {
        await OpenFromAsync(Assert.Single((await _rig.SayAsync("转人工")).Replies).Card!, "匿名", RepairTeam);
        await _rig.SayAsync("结束");
        _rig.Time.Advance(TimeSpan.FromMinutes(1));

        await _rig.SayAsync("我不想活了");

        var opened = (await _rig.Store.GetLatestAsync(_rig.Address.Key, CancellationToken.None))!;
        Assert.Equal((HandoffReason.SelfHarm, RepairTeam, 0), (opened.Reason, opened.OrgUnit, opened.Level));
    }

    private async Task<HandoffCase> OpenFromAsync(AnswerCard card, string button, string? orgUnit = null)
    {
        await _rig.PressAsync(CardActions.OpenCase, Data(card, button, orgUnit));
        return (await _rig.Store.GetLatestAsync(_rig.Address.Key, CancellationToken.None))!;
    }

    /// <summary>What Web Chat and Teams send for an Action.Submit: the button's data plus the card's inputs.</summary>
    private static Dictionary<string, string> Data(AnswerCard card, string button, string? orgUnit)
    {
        var data = new Dictionary<string, string>(card.Buttons.Single(b => b.Title == button).Submission.Data);
        if (orgUnit is not null)
            data[CaseReplies.OrgUnitField] = orgUnit;
        return data;
    }
}

/// <summary>The org unit settings are checked when the bot starts.</summary>
public sealed class OrgUnitSettingsTests
{
    [Fact]
    public void A_Teams_team_mapped_to_two_org_units_an_empty_team_id_and_a_duplicate_org_unit_are_refused()
    {
        var options = SampleGrid.Options();
        options.Grid.OrgUnits[1].TeamsTeamIds = [SampleGrid.PowerPlantTeamsTeamId.ToUpperInvariant(), " "];
        options.Grid.OrgUnits.Add(new GridOrgUnit { Id = SampleGrid.PowerPlantTeam, Branch = SampleGrid.PowerPlantBranch });

        var result = new HandoffOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(SampleGrid.PowerPlantTeamsTeamId, StringComparison.OrdinalIgnoreCase) && f.Contains("more than one org unit", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("TeamsTeamIds has an empty entry", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains($"Org unit id '{SampleGrid.PowerPlantTeam}' is used more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_org_units_shown_under_the_same_name_are_refused()
    {
        var options = SampleGrid.Options();
        options.Grid.OrgUnits[1].Name = options.Grid.OrgUnits[0].Name;

        var result = new HandoffOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains($"Org unit name '{options.Grid.OrgUnits[0].Name}' is shown for more than one org unit", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_grid_with_names_and_Teams_teams_is_valid()
    {
        Assert.True(new HandoffOptionsValidator().Validate(null, SampleGrid.Options()).Succeeded);
    }

    [Fact]
    public async Task The_bot_does_not_start_with_a_Teams_team_mapped_twice()
    {
        using var folder = new TempFolder();
        await using var app = new HandoffApp(folder.Combine("assistant.db"), settings: new()
        {
            ["Handoff:Grid:OrgUnits:0:TeamsTeamIds:0"] = "19:same@thread.tacv2",
            ["Handoff:Grid:OrgUnits:1:TeamsTeamIds:0"] = "19:same@thread.tacv2",
        });

        var failure = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CaseRouter>(app.Services));
        Assert.Contains("19:same@thread.tacv2", failure.Message, StringComparison.Ordinal);
    }
}

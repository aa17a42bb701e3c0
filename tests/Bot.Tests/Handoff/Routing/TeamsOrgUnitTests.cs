using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Handoff.Support;

namespace Assistant.Bot.Tests.Handoff.Routing;

/// <summary>
/// Org units through the real Teams channel: a team channel's <c>channelData.team</c> routes the case to the team's grid
/// member; in a personal chat the identity card carries an <c>Input.ChoiceSet</c> whose value comes back with the Submit.
/// </summary>
public sealed class TeamsOrgUnitTests : IAsyncLifetime
{
    private const string TeamId = "19:shift-one-team@thread.tacv2";
    private const string GroupId = "0f6c1d52-3f0c-4a8e-9b8b-6c1a2d3e4f50";
    private readonly ChannelRig _rig = new(realTurnLogic: true, _ => new()
    {
        ["Handoff:Grid:OrgUnits:0:TeamsTeamIds:0"] = GroupId,
    });

    public Task InitializeAsync() => _rig.InitializeAsync();

    public Task DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task A_case_asked_for_in_a_mapped_teams_channel_goes_to_the_teams_grid_member()
    {
        const string conversation = TeamId + ";messageid=1700000000100";
        var ask = FromTeam(TeamsActivities.Message(_rig.Connector.ServiceUrl, conversation, "转人工", conversationType: "channel"));
        var card = await SendAsync(ask, HasCard);
        Assert.DoesNotContain("Input.ChoiceSet", card.GetRawText(), StringComparison.Ordinal);

        var open = FromTeam(TeamsActivities.Message(_rig.Connector.ServiceUrl, conversation, null, conversationType: "channel"));
        open["value"] = new JsonObject { ["action"] = "openCase", ["identity"] = "anonymous", ["reason"] = "Requested" };
        await SendAsync(open, m => ActivityTextOf(m).Contains("已受理", StringComparison.Ordinal));

        var listed = await CasesSeenByAsync("wangli");
        Assert.Equal(("发电一厂运行一值", 0), (listed.GetProperty("orgUnit").GetString(), listed.GetProperty("level").GetInt32()));
    }

    [Fact]
    public async Task In_a_personal_chat_the_org_unit_chosen_on_the_card_comes_back_with_the_submit()
    {
        const string conversation = "a:personal-org-unit";
        var card = await SendAsync(TeamsActivities.Message(_rig.Connector.ServiceUrl, conversation, "转人工"), HasCard);
        var choiceSet = card.GetProperty("attachments")[0].GetProperty("content").GetProperty("body").EnumerateArray()
            .Single(e => e.GetProperty("type").GetString() == "Input.ChoiceSet");
        Assert.Equal("orgUnit", choiceSet.GetProperty("id").GetString());
        var choice = choiceSet.GetProperty("choices").EnumerateArray().First(c => c.GetProperty("value").GetString() == "检修公司电气班");

        // Teams merges the inputs into the Submit's data: { action, identity, reason, orgUnit }.
        var open = TeamsActivities.Message(_rig.Connector.ServiceUrl, conversation, null);
        open["value"] = new JsonObject { ["action"] = "openCase", ["identity"] = "named", ["reason"] = "Requested", ["orgUnit"] = choice.GetProperty("value").GetString() };
        await SendAsync(open, m => ActivityTextOf(m).Contains("已受理", StringComparison.Ordinal));

        var listed = await CasesSeenByAsync("liuyang");
        Assert.Equal(("检修公司电气班", 0, "检修公司分工会"), (listed.GetProperty("orgUnit").GetString(), listed.GetProperty("level").GetInt32(), listed.GetProperty("branch").GetString()));
    }

    private static JsonObject FromTeam(JsonObject activity)
    {
        activity["channelData"]!["team"] = new JsonObject { ["id"] = TeamId, ["aadGroupId"] = GroupId };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = TeamId };
        activity["id"] = "1700000000" + Guid.NewGuid().ToString("N")[..6];
        return activity;
    }

    private async Task<JsonElement> CasesSeenByAsync(string officerId)
    {
        using var officer = _rig.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/officer/login", new { id = officerId, password = SampleGrid.Password })).StatusCode);
        var page = await officer.GetFromJsonAsync<JsonElement>("/api/officer/cases");
        return Assert.Single(page.GetProperty("cases").EnumerateArray());
    }

    private async Task<JsonElement> SendAsync(JsonObject activity, Func<JsonElement, bool> match)
    {
        var before = _rig.Connector.Requests.Count;
        var response = await _rig.PostAsync(activity.ToJsonString(), _rig.Token());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        while (true)
        {
            // One snapshot, then a request beyond it (see TeamsHandoffTests.WaitForAsync).
            var requests = _rig.Connector.Requests;
            var found = requests.Skip(before)
                .Where(r => r.ActivityType == "message" && r.RawPath.Contains("/activities", StringComparison.Ordinal))
                .Select(r => r.Json)
                .FirstOrDefault(match);
            if (found.ValueKind != JsonValueKind.Undefined)
                return found;
            await _rig.Connector.WaitForAsync(requests.Count + 1);
        }
    }

    private static bool HasCard(JsonElement message) =>
        message.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array && attachments.GetArrayLength() > 0;

    private static string ActivityTextOf(JsonElement message) => Assistant.Bot.Tests.Support.ActivityText.Of(message);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Handoff.Support;

namespace Assistant.Bot.Tests.Handoff.Routing;

/// <summary>
/// The grid's identities in the newer form (<c>Identities: [{ "Channel": "msteams", "Id": … }]</c>) through the real Teams
/// channel: a message from the org unit's team routes the case there, and the officer's Claim from Teams is theirs.
/// The older keys are exercised the same way by TeamsOrgUnitTests and TeamsOfficerChannelTests.
/// </summary>
public sealed class TeamsChannelIdentityTests : IAsyncLifetime
{
    private const string TeamId = "19:shift-one-identities@thread.tacv2";
    private const string OfficerUser = "29:wangli-teams";
    private readonly ChannelRig _rig = new(realTurnLogic: true, _ => new()
    {
        ["Handoff:Grid:OrgUnits:0:Identities:0:Channel"] = "msteams",
        ["Handoff:Grid:OrgUnits:0:Identities:0:Id"] = TeamId,
        ["Handoff:Grid:Officers:0:Identities:0:Channel"] = "msteams",
        ["Handoff:Grid:Officers:0:Identities:0:Id"] = OfficerUser,
    });

    public Task InitializeAsync() => _rig.InitializeAsync();

    public Task DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task A_case_from_the_org_units_team_reaches_its_grid_member_who_claims_it_from_Teams()
    {
        const string conversation = TeamId + ";messageid=1700000000200";
        var card = await SendAsync(FromTeam(TeamsActivities.Message(_rig.Connector.ServiceUrl, conversation, "转人工", conversationType: "channel")), HasCard);
        Assert.DoesNotContain("Input.ChoiceSet", card.GetRawText(), StringComparison.Ordinal);
        var open = FromTeam(TeamsActivities.Message(_rig.Connector.ServiceUrl, conversation, null, conversationType: "channel"));
        open["value"] = new JsonObject { ["action"] = "openCase", ["identity"] = "anonymous", ["reason"] = "Requested" };
        await SendAsync(open, m => Assistant.Bot.Tests.Support.ActivityText.Of(m).Contains("已受理", StringComparison.Ordinal));
        var listed = await CaseSeenByWangliAsync();
        Assert.Equal(("发电一厂运行一值", 0, "queued"), (listed.GetProperty("orgUnit").GetString(), listed.GetProperty("level").GetInt32(), listed.GetProperty("status").GetString()));

        var claim = TeamsActivities.Message(_rig.Connector.ServiceUrl, "a:wangli-personal", null);
        claim["from"] = new JsonObject { ["id"] = OfficerUser, ["name"] = "王丽" };
        claim["value"] = new JsonObject { ["action"] = "claimCase", ["caseId"] = listed.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var response = await _rig.PostAsync(claim.ToJsonString(), _rig.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var claimed = await CaseSeenByWangliAsync();
        Assert.Equal(("assigned", "王丽"), (claimed.GetProperty("status").GetString(), claimed.GetProperty("officer").GetString()));
    }

    private static JsonObject FromTeam(JsonObject activity)
    {
        activity["channelData"]!["team"] = new JsonObject { ["id"] = TeamId };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = TeamId };
        activity["id"] = "1700000000" + Guid.NewGuid().ToString("N")[..6];
        return activity;
    }

    private async Task<JsonElement> CaseSeenByWangliAsync()
    {
        using var officer = _rig.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/officer/login", new { id = "wangli", password = SampleGrid.Password })).StatusCode);
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
}

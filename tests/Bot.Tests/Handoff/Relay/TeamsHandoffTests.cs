using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assistant.Bot.Tests.Handoff.Relay;

/// <summary>
/// A whole case through Teams: the real channel, turn logic and SQLite store, the loopback Connector receiving the
/// bot's replies and the officer's proactive messages, the officer working through the API.
/// </summary>
public sealed class TeamsHandoffTests : IAsyncLifetime
{
    private const string Conversation = "a:personal-handoff";
    private readonly ChannelRig _rig = new(realTurnLogic: true);

    public Task InitializeAsync() => _rig.InitializeAsync();

    public Task DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task Employee_asks_for_a_person_officer_claims_and_replies_in_the_same_chat_then_resolves_and_is_rated()
    {
        var choice = await SendAsync(TeamsActivities.Message(_rig.Connector.ServiceUrl, Conversation, "转人工"), HasCard);
        Assert.Contains("匿名", choice.GetRawText(), StringComparison.Ordinal);

        var opened = await SendAsync(Submit(new JsonObject { ["action"] = "openCase", ["identity"] = "anonymous", ["reason"] = "Requested" }),
            m => Text(m).Contains("已受理", StringComparison.Ordinal));
        var caseId = long.Parse(System.Text.RegularExpressions.Regex.Match(Text(opened), @"#(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        using var officer = _rig.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/officer/login", new { id = "huangtao", password = SampleGrid.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/officer/cases/{caseId}/claim", null)).StatusCode);
        var claimed = await WaitForProactiveAsync(m => Text(m).Contains("接手", StringComparison.Ordinal));
        Assert.Contains("黄涛", Text(claimed), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/officer/cases/{caseId}/messages", new { text = "你好，我是公司工会黄涛，请说说情况。" })).StatusCode);
        var relayed = await WaitForProactiveAsync(m => Text(m) == "黄涛：你好，我是公司工会黄涛，请说说情况。");
        Assert.Equal("message", relayed.GetProperty("type").GetString());

        var before = _rig.Connector.Requests.Count;
        var reply = await _rig.PostAsync(TeamsActivities.Message(_rig.Connector.ServiceUrl, Conversation, "公司三个月没发加班费了").ToJsonString(), _rig.Token());
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/officer/cases/{caseId}");
        Assert.Contains("公司三个月没发加班费了", detail.GetProperty("transcript").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.DoesNotContain(_rig.Connector.Requests.Skip(before), r => r.ActivityType == "message" && r.Body.Contains("加班", StringComparison.Ordinal));
        var seen = detail.GetRawText();
        Assert.DoesNotContain("Wang Fang", seen, StringComparison.Ordinal);
        Assert.DoesNotContain(TeamsActivities.UserId, seen, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/officer/cases/{caseId}/resolve", null)).StatusCode);
        var rating = await WaitForProactiveAsync(m => HasCard(m) && Text(m).Contains("打分", StringComparison.Ordinal));
        Assert.Contains("rateCase", rating.GetRawText(), StringComparison.Ordinal);

        var thanks = await SendAsync(Submit(new JsonObject { ["action"] = "rateCase", ["caseId"] = caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["score"] = "4" }),
            m => Text(m).Contains("感谢", StringComparison.Ordinal));
        Assert.Contains($"#{caseId}", Text(thanks), StringComparison.Ordinal);
        var closed = await officer.GetFromJsonAsync<JsonElement>($"/api/officer/cases/{caseId}");
        Assert.Equal(("closed", 4), (closed.GetProperty("case").GetProperty("status").GetString(), closed.GetProperty("case").GetProperty("rating").GetInt32()));
    }

    private JsonObject Submit(JsonObject value)
    {
        var submit = TeamsActivities.Message(_rig.Connector.ServiceUrl, Conversation, null);
        submit["id"] = "17000000001" + Guid.NewGuid().ToString("N")[..4];
        submit["value"] = value;
        return submit;
    }

    /// <summary>Posts an activity and returns the first message to the Connector after it that matches.</summary>
    private async Task<JsonElement> SendAsync(JsonObject activity, Func<JsonElement, bool> match)
    {
        var before = _rig.Connector.Requests.Count;
        var response = await _rig.PostAsync(activity.ToJsonString(), _rig.Token());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await WaitForAsync(before, match);
    }

    private Task<JsonElement> WaitForProactiveAsync(Func<JsonElement, bool> match) => WaitForAsync(0, match);

    private async Task<JsonElement> WaitForAsync(int skip, Func<JsonElement, bool> match)
    {
        while (true)
        {
            // Look at one snapshot and wait for a request beyond it: counting again after looking would wait for a
            // request that arrived in between a second time, and it never comes.
            var requests = _rig.Connector.Requests;
            var found = requests.Skip(skip)
                .Where(r => r.ActivityType == "message" && r.RawPath.Contains("/activities", StringComparison.Ordinal))
                .Select(r => r.Json)
                .FirstOrDefault(m => match(m));
            if (found.ValueKind != JsonValueKind.Undefined)
                return found;
            try
            {
                await _rig.Connector.WaitForAsync(requests.Count + 1);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail("Not arrived. Requests: " + string.Join("\n", _rig.Connector.Requests.Select(r => r.Method + " " + r.RawPath + " " + r.Body[..Math.Min(300, r.Body.Length)]))
                    + "\nOutbox: " + OutboxState());
            }
        }
    }

    // Whether a missing message was never dispatched, failed and waits for its retry, or was delivered elsewhere.
    private string OutboxState()
    {
        using var connection = new SqliteConnection("Data Source=" + Path.Combine(_rig.DataFolder, "assistant.db"));
        return string.Join("\n", connection.Query<(long, string, string, long, string?, string?)>(
                "SELECT id, kind, event, attempts, next_attempt_at, delivered_at FROM handoff_outbox ORDER BY id")
            .Select(row => row.ToString()));
    }

    private static bool HasCard(JsonElement message) =>
        message.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array && attachments.GetArrayLength() > 0;

    private static string Text(JsonElement message) =>
        ActivityText.Of(message);
}


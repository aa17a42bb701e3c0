using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Assistant.Bot.Tests.Handoff.Relay;

/// <summary>
/// The officers' Teams channel as the case's working place, against the loopback Connector: one thread per case whose
/// card is updated in place, the owner answering and resolving in the thread, everyone else turned away.
/// </summary>
public sealed class TeamsOfficerChannelTests : IAsyncLifetime
{
    private const string OfficerChannel = "19:officers@thread.tacv2";
    private const string Owner = "29:officer-huangtao";
    private const string OtherOfficer = "29:officer-sunwei";
    private const string RepairChannel = "19:repair-branch-officers@thread.tacv2";
    private const string RepairMember = "29:officer-liuyang";
    private const string Employee = "a:employee";
    private int _activityIds;

    private readonly ChannelRig _rig = new(
        realTurnLogic: true,
        rig => new()
        {
            ["BotFramework:OfficerChannel:ServiceUrl"] = rig.Connector.ServiceUrl,
            ["BotFramework:OfficerChannel:ChannelId"] = OfficerChannel,
            ["BotFramework:OfficerChannel:TenantId"] = ChannelRig.AllowedTenant,
            ["Handoff:Grid:Officers:6:TeamsUserId"] = Owner,
            ["Handoff:Grid:Officers:4:TeamsUserId"] = OtherOfficer,
            ["Handoff:Grid:Officers:2:TeamsUserId"] = RepairMember,
            ["BotFramework:OfficerChannel:Branches:0:Branch"] = "检修公司分工会",
            ["BotFramework:OfficerChannel:Branches:0:ChannelId"] = RepairChannel,
            ["Handoff:OutboxFirstRetrySeconds"] = "1",
            ["Handoff:OutboxIntervalSeconds"] = "1",
        },
        // One quick HTTP retry, so an outage reaches the outbox (its retry is what is tested) within a second.
        services => services.Configure<HttpStandardResilienceOptions>("ConnectorClient-standard", options =>
        {
            options.Retry.MaxRetryAttempts = 1;
            options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        }));

    public Task InitializeAsync() => _rig.InitializeAsync();

    public Task DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task A_case_keeps_one_thread_whose_card_follows_it_while_the_owner_answers_and_resolves_there()
    {
        var (caseId, thread, cardId) = await OpenCaseAsync();

        var claim = ChannelActivity(thread, Owner, "invoke");
        claim["name"] = "adaptiveCard/action";
        claim["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "claimCase", ["data"] = new JsonObject { ["action"] = "claimCase", ["caseId"] = caseId } },
            ["trigger"] = "manual",
        };
        var invoke = await _rig.PostAsync(claim.ToJsonString(), _rig.Token());
        var invoked = await invoke.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((200, "application/vnd.microsoft.card.adaptive"), (invoked.GetProperty("statusCode").GetInt32(), invoked.GetProperty("type").GetString()));
        var returned = invoked.GetProperty("value").GetRawText();
        Assert.Contains("resolveCase", returned, StringComparison.Ordinal);
        Assert.DoesNotContain("claimCase", returned, StringComparison.Ordinal);
        Assert.Contains("黄涛", ActivityText.Decoded(invoked.GetProperty("value")), StringComparison.Ordinal);

        // Everyone's card: updated in place, showing the owner and the button the owner needs now.
        var update = await WaitForAsync(r => r.Method == "PUT");
        Assert.Equal($"/connector/v3/conversations/{Uri.EscapeDataString(thread)}/activities/{cardId}", update.RawPath);
        var updated = update.Json;
        Assert.Equal(cardId, updated.GetProperty("id").GetString());
        Assert.Equal(thread, updated.GetProperty("conversation").GetProperty("id").GetString());
        var updatedCard = updated.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains("resolveCase", updatedCard.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("claimCase", updatedCard.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("黄涛正在办理", ActivityText.Decoded(updatedCard), StringComparison.Ordinal);
        await WaitForAsync(r => InThread(r, thread) && r.Body.Contains($"黄涛已认领诉求 #{caseId}", StringComparison.Ordinal));
        await WaitForAsync(r => ToEmployee(r) && r.Body.Contains("接手", StringComparison.Ordinal));

        // The owner answers in the thread: the employee gets it in the personal chat.
        await PostAsync(ChannelMessage(thread, Owner, "请说说具体情况。"));
        await WaitForAsync(r => ToEmployee(r) && r.Body.Contains("黄涛：请说说具体情况。", StringComparison.Ordinal));

        // The employee's answer appears in the thread under the anonymous label, the phone number masked.
        await PostAsync(TeamsActivities.Message(_rig.Connector.ServiceUrl, Employee, "公司三个月没发加班费，我的电话13812345678"));
        var relayed = await WaitForAsync(r => InThread(r, thread) && r.Body.Contains("加班费", StringComparison.Ordinal));
        var line = ActivityText.Of(relayed.Json);
        Assert.Matches(@"^匿名职工 #\d{4}：公司三个月没发加班费，我的电话138\*\*\*\*5678$", line);
        Assert.DoesNotContain("Wang Fang", relayed.Body, StringComparison.Ordinal);

        // Resolving by the resource word: the employee is asked to rate, the card loses its buttons.
        await PostAsync(ChannelMessage(thread, Owner, "结案"));
        await WaitForAsync(r => ToEmployee(r) && r.Body.Contains("rateCase", StringComparison.Ordinal));
        var resolved = await WaitForAsync(r => r.Method == "PUT" && r.Body.Contains("已办结", StringComparison.Ordinal));
        Assert.False(resolved.Json.GetProperty("attachments")[0].GetProperty("content").TryGetProperty("actions", out _));
        await WaitForAsync(r => InThread(r, thread) && r.Body.Contains($"黄涛已办结诉求 #{caseId}", StringComparison.Ordinal));

        Assert.Single(_rig.Connector.Requests, r => r.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.All(_rig.Connector.Requests.Where(r => !ToEmployee(r) && !r.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal)),
            r => Assert.StartsWith($"/connector/v3/conversations/{Uri.EscapeDataString(thread)}/", r.RawPath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Later_notices_of_a_case_reply_in_its_thread_and_the_Resolve_button_resolves_it()
    {
        var (caseId, thread, cardId) = await OpenCaseAsync();
        using var officer = _rig.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/officer/login", new { id = "huangtao", password = SampleGrid.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/officer/cases/{caseId}/transfer", new { level = 1, branch = SampleGrid.PowerPlantBranch })).StatusCode);

        var transferred = await WaitForAsync(r => InThread(r, thread) && r.Method == "POST" && r.Body.Contains("转交", StringComparison.Ordinal));
        Assert.Contains(SampleGrid.PowerPlantBranch, ActivityText.Of(transferred.Json), StringComparison.Ordinal);
        var update = await WaitForAsync(r => r.Method == "PUT" && r.Body.Contains("转交", StringComparison.Ordinal));
        Assert.EndsWith("/activities/" + cardId, update.RawPath, StringComparison.Ordinal);
        Assert.Contains("claimCase", update.Body, StringComparison.Ordinal);

        // The level-1 officer of the branch claims with Action.Submit, then resolves with the card's button.
        await PostAsync(CardSubmit(thread, OtherOfficer, "claimCase", caseId));
        await WaitForAsync(r => InThread(r, thread) && r.Body.Contains($"孙伟已认领诉求 #{caseId}", StringComparison.Ordinal));
        await PostAsync(CardSubmit(thread, OtherOfficer, "resolveCase", caseId));
        await WaitForAsync(r => ToEmployee(r) && r.Body.Contains("rateCase", StringComparison.Ordinal));
        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/officer/cases/{caseId}");
        Assert.Equal("resolved", detail.GetProperty("case").GetProperty("status").GetString());
        Assert.Single(_rig.Connector.Requests, r => r.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_owner_is_relayed_from_the_thread_others_get_a_reason_and_nothing_changes()
    {
        var (caseId, thread, _) = await OpenCaseAsync();
        await PostAsync(CardSubmit(thread, "29:someone-else", "claimCase", caseId));
        await WaitForAsync(r => InThread(r, thread) && r.Body.Contains("不是本工会网格的工会干部账号", StringComparison.Ordinal));
        await PostAsync(CardSubmit(thread, Owner, "claimCase", caseId));
        await WaitForAsync(r => InThread(r, thread) && r.Body.Contains("黄涛已认领", StringComparison.Ordinal));
        await WaitForAsync(r => ToEmployee(r) && r.Body.Contains("接手", StringComparison.Ordinal));
        using var officer = _rig.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/officer/login", new { id = "huangtao", password = SampleGrid.Password })).StatusCode);
        var before = await officer.GetFromJsonAsync<JsonElement>($"/api/officer/cases/{caseId}");

        await PostAsync(ChannelMessage(thread, OtherOfficer, "我来回复吧"));
        await WaitForAsync(r => InThread(r, thread) && r.Body.Contains("由黄涛办理", StringComparison.Ordinal));
        await PostAsync(ChannelMessage(thread, "29:someone-else", "结案"));
        await WaitForAsync(r => InThread(r, thread) && r.Body.Contains("只有办理该诉求的工会干部", StringComparison.Ordinal));
        await PostAsync(CardSubmit(thread, OtherOfficer, "resolveCase", caseId));
        await WaitForAsync(r => InThread(r, thread) && r.Body.Contains($"只有正在办理诉求 #{caseId}", StringComparison.Ordinal));

        var after = await officer.GetFromJsonAsync<JsonElement>($"/api/officer/cases/{caseId}");
        Assert.Equal(before.GetProperty("case").GetRawText(), after.GetProperty("case").GetRawText());
        Assert.Equal(before.GetProperty("transcript").GetRawText(), after.GetProperty("transcript").GetRawText());
        Assert.DoesNotContain(_rig.Connector.Requests, r => ToEmployee(r) && (r.Body.Contains("我来回复吧", StringComparison.Ordinal) || r.Body.Contains("rateCase", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_Connector_outage_is_retried_by_the_outbox_without_a_second_thread()
    {
        var failed = 0;
        // Both HTTP tries of the first outbox attempt at starting the thread fail.
        _rig.Connector.Fail = r => r.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal) && Interlocked.Increment(ref failed) <= 2 ? 500 : null;
        var (caseId, thread, cardId) = await OpenCaseAsync();
        // The outbox marks the event delivered just after it saves the thread OpenCaseAsync waits for.
        await WaitUntilAsync(() => OutboxAttempts(caseId, "opened") == 2);
        Assert.Equal(3, _rig.Connector.Requests.Count(r => r.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal)));

        // The thread exists; now its line fails once after the card was updated: the retry updates and posts again, in the same thread.
        var lineFailures = 0;
        _rig.Connector.Fail = r => r.Method == "POST" && InThread(r, thread) && r.Body.Contains("已认领", StringComparison.Ordinal)
            && Interlocked.Increment(ref lineFailures) <= 2 ? 500 : null;
        await PostAsync(CardSubmit(thread, Owner, "claimCase", caseId));
        // Delivered on the outbox's second attempt; then count what reached the thread (a count inside the wait would
        // hang to the timeout instead of saying what arrived).
        await WaitUntilAsync(() => OutboxAttempts(caseId, "claimed") == 2);
        Assert.Equal(3, _rig.Connector.Requests.Count(r => InThread(r, thread) && r.Method == "POST" && r.Body.Contains("黄涛已认领", StringComparison.Ordinal)));
        Assert.Equal(2, _rig.Connector.Requests.Count(r => r.Method == "PUT" && r.RawPath.EndsWith("/activities/" + cardId, StringComparison.Ordinal)));
        Assert.Equal(3, _rig.Connector.Requests.Count(r => r.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal)));
        using var connection = new SqliteConnection("Data Source=" + Path.Combine(_rig.DataFolder, "assistant.db"));
        Assert.Equal([thread], connection.Query<string>("SELECT conversation_id FROM handoff_officer_thread").ToList());
    }

    [Fact]
    public async Task A_deleted_card_does_not_hold_up_the_case_thread()
    {
        var (caseId, thread, cardId) = await OpenCaseAsync();
        _rig.Connector.Fail = r => r.Method == "PUT" ? 404 : null;

        await PostAsync(CardSubmit(thread, Owner, "claimCase", caseId));

        await WaitForAsync(r => r.Method == "PUT" && r.RawPath.EndsWith("/activities/" + cardId, StringComparison.Ordinal));
        await WaitForAsync(r => InThread(r, thread) && r.Method == "POST" && r.Body.Contains($"黄涛已认领诉求 #{caseId}", StringComparison.Ordinal));
        await WaitUntilAsync(() => OutboxAttempts(caseId, "claimed") == 1);
        await PostAsync(ChannelMessage(thread, Owner, "请说说具体情况。"));
        await WaitForAsync(r => ToEmployee(r) && r.Body.Contains("黄涛：请说说具体情况。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_of_a_branch_with_its_own_channel_is_threaded_and_worked_there_and_the_officers_channel_sees_none_of_it()
    {
        var (caseId, thread) = await OpenRepairCaseAsync();

        // The branch's grid member claims and answers in that thread; the employee hears from them.
        await PostAsync(InChannel(CardSubmit(thread, RepairMember, "claimCase", caseId), RepairChannel));
        await WaitForAsync(r => InThread(r, thread) && r.Body.Contains($"刘洋已认领诉求 #{caseId}", StringComparison.Ordinal));
        await PostAsync(InChannel(ChannelMessage(thread, RepairMember, "我是电气班的刘洋，请讲。"), RepairChannel));
        await WaitForAsync(r => ToEmployee(r) && r.Body.Contains("刘洋：我是电气班的刘洋，请讲。", StringComparison.Ordinal));

        Assert.DoesNotContain(_rig.Connector.Requests, r => r.RawPath.Contains(Uri.EscapeDataString(OfficerChannel), StringComparison.Ordinal)
            || r.Body.Contains(OfficerChannel, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_transferred_to_a_branch_in_another_channel_moves_there_and_its_old_thread_says_where_it_went()
    {
        var (caseId, oldThread) = await OpenRepairCaseAsync();
        using var officer = _rig.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/officer/login", new { id = "huangtao", password = SampleGrid.Password })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/officer/cases/{caseId}/transfer", new { level = 1, branch = SampleGrid.PowerPlantBranch })).StatusCode);

        // The power plant branch has no channel of its own: the case gets a thread in the officers' channel, with Claim.
        var started = await WaitForAsync(r => r.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal) && r.Body.Contains(OfficerChannel, StringComparison.Ordinal));
        Assert.Contains("claimCase", started.Body, StringComparison.Ordinal);
        await WaitUntilAsync(() => ThreadOf(caseId) is { } current && current.Thread != oldThread);
        var (newThread, _) = ThreadOf(caseId)!.Value;
        Assert.StartsWith(OfficerChannel + ";messageid=", newThread, StringComparison.Ordinal);
        // The old thread: its card loses its buttons, and a line says where the case went.
        var line = await WaitForAsync(r => InThread(r, oldThread) && r.Method == "POST" && r.Body.Contains("已转到", StringComparison.Ordinal));
        Assert.Contains(SampleGrid.PowerPlantBranch, ActivityText.Of(line.Json), StringComparison.Ordinal);
        var oldCard = await WaitForAsync(r => r.Method == "PUT" && r.RawPath.Contains(Uri.EscapeDataString(oldThread), StringComparison.Ordinal) && r.Body.Contains("已转到", StringComparison.Ordinal));
        Assert.DoesNotContain("claimCase", oldCard.Body, StringComparison.Ordinal);

        // The new branch's officer claims in the new thread.
        await PostAsync(CardSubmit(newThread, OtherOfficer, "claimCase", caseId));
        await WaitForAsync(r => InThread(r, newThread) && r.Body.Contains($"孙伟已认领诉求 #{caseId}", StringComparison.Ordinal));
        // Someone writing in the old thread is told where the case went; nothing reaches the employee.
        await PostAsync(InChannel(ChannelMessage(oldThread, RepairMember, "还在处理吗？"), RepairChannel));
        await WaitUntilAsync(() => _rig.Connector.Requests.Count(r => InThread(r, oldThread) && r.Method == "POST" && r.Body.Contains("已转到", StringComparison.Ordinal)) == 2);
        Assert.DoesNotContain(_rig.Connector.Requests, r => r.Body.Contains("还在处理吗", StringComparison.Ordinal) && ToEmployee(r));
    }

    /// <summary>Opens an anonymous case of the repair company's electrical team, whose branch has its own channel.</summary>
    private async Task<(string CaseId, string Thread)> OpenRepairCaseAsync()
    {
        await PostAsync(TeamsActivities.Message(_rig.Connector.ServiceUrl, Employee, "转人工"));
        var open = TeamsActivities.Message(_rig.Connector.ServiceUrl, Employee, null);
        open["id"] = NextId();
        open["value"] = new JsonObject { ["action"] = "openCase", ["identity"] = "anonymous", ["reason"] = "Requested", ["orgUnit"] = "检修公司电气班" };
        await PostAsync(open);

        var started = await WaitForAsync(r => r.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(RepairChannel, started.Json.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        var caseId = started.Json.GetProperty("activity").GetProperty("attachments")[0].GetProperty("content")
            .GetProperty("actions")[0].GetProperty("data").GetProperty("caseId").GetString()!;
        await WaitUntilAsync(() => ThreadOf(caseId) is not null);
        var (thread, _) = ThreadOf(caseId)!.Value;
        Assert.StartsWith(RepairChannel + ";messageid=", thread, StringComparison.Ordinal);
        return (caseId, thread);
    }

    private static JsonObject InChannel(JsonObject activity, string channelId)
    {
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = channelId };
        return activity;
    }

    /// <summary>Opens an anonymous case from the employee's chat; returns its number, its thread and the card's id.</summary>
    private async Task<(string CaseId, string Thread, string CardId)> OpenCaseAsync()
    {
        await PostAsync(TeamsActivities.Message(_rig.Connector.ServiceUrl, Employee, "转人工"));
        var open = TeamsActivities.Message(_rig.Connector.ServiceUrl, Employee, null);
        open["id"] = NextId();
        open["value"] = new JsonObject { ["action"] = "openCase", ["identity"] = "anonymous", ["reason"] = "Requested" };
        await PostAsync(open);

        var started = await WaitForAsync(r => r.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal));
        var body = started.Json;
        Assert.True(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal(OfficerChannel, body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.DoesNotContain("Wang Fang", started.Body, StringComparison.Ordinal);
        var card = body.GetProperty("activity").GetProperty("attachments")[0].GetProperty("content");
        var caseId = card.GetProperty("actions")[0].GetProperty("data").GetProperty("caseId").GetString()!;
        Assert.Equal("claimCase", card.GetProperty("actions")[0].GetProperty("data").GetProperty("action").GetString());
        await WaitUntilAsync(() => ThreadOf(caseId) is not null);
        var (thread, activityId) = ThreadOf(caseId)!.Value;
        Assert.Equal(OfficerChannel + ";messageid=" + activityId, thread);
        return (caseId, thread, activityId);
    }

    private (string Thread, string CardId)? ThreadOf(string caseId)
    {
        using var connection = new SqliteConnection("Data Source=" + Path.Combine(_rig.DataFolder, "assistant.db"));
        var exists = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'handoff_officer_thread'");
        if (exists == 0)
            return null;
        var row = connection.QuerySingleOrDefault<(string, string)?>(
            "SELECT conversation_id, card_activity_id FROM handoff_officer_thread WHERE case_id = @caseId", new { caseId = long.Parse(caseId, CultureInfo.InvariantCulture) });
        return row;
    }

    private long OutboxAttempts(string caseId, string @event)
    {
        using var connection = new SqliteConnection("Data Source=" + Path.Combine(_rig.DataFolder, "assistant.db"));
        return connection.ExecuteScalar<long>(
            "SELECT attempts FROM handoff_outbox WHERE case_id = @caseId AND kind = 'officers' AND event = @event AND delivered_at IS NOT NULL",
            new { caseId = long.Parse(caseId, CultureInfo.InvariantCulture), @event });
    }

    private JsonObject ChannelActivity(string thread, string userId, string type)
    {
        var activity = TeamsActivities.Message(_rig.Connector.ServiceUrl, thread, null, conversationType: "channel");
        activity["type"] = type;
        activity["id"] = NextId();
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = "officer" };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = OfficerChannel };
        return activity;
    }

    /// <summary>A post in the thread @mentioning the bot, as Teams sends it.</summary>
    private JsonObject ChannelMessage(string thread, string userId, string text)
    {
        var message = ChannelActivity(thread, userId, "message");
        message["text"] = "<at>UnionBot</at> " + text;
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>UnionBot</at>", ["mentioned"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "UnionBot" },
        });
        return message;
    }

    private JsonObject CardSubmit(string thread, string userId, string action, string caseId)
    {
        var submit = ChannelActivity(thread, userId, "message");
        submit["value"] = new JsonObject { ["action"] = action, ["caseId"] = caseId };
        return submit;
    }

    private string NextId() => "17100000" + Interlocked.Increment(ref _activityIds).ToString("D5", CultureInfo.InvariantCulture);

    private async Task PostAsync(JsonObject activity)
    {
        activity["id"] ??= NextId();
        var response = await _rig.PostAsync(activity.ToJsonString(), _rig.Token());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static bool ToEmployee(RecordedRequest request) => request.RawPath.Contains(Uri.EscapeDataString(Employee), StringComparison.Ordinal);

    private static bool InThread(RecordedRequest request, string thread) =>
        request.RawPath.Contains(Uri.EscapeDataString(thread), StringComparison.Ordinal);

    private async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match)
    {
        while (true)
        {
            // Counted before looking, so a request arriving in between is not waited for again (it would never come).
            var seen = _rig.Connector.Requests.Count;
            if (_rig.Connector.Requests.FirstOrDefault(match) is { } found)
                return found;
            try
            {
                await _rig.Connector.WaitForAsync(seen + 1);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail("Not arrived. Requests: " + string.Join("\n", _rig.Connector.Requests.Select(r => r.Method + " " + r.RawPath + " " + r.Body[..Math.Min(300, r.Body.Length)])));
            }
        }
    }

    /// <summary>Waits for a condition on the database, re-checked as Connector requests arrive (each store write follows one).</summary>
    private async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail("The condition never held.");
            try
            {
                await _rig.Connector.WaitForAsync(_rig.Connector.Requests.Count + 1).WaitAsync(TimeSpan.FromMilliseconds(200));
            }
            catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
            {
            }
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Relay;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Handoff.Relay;

/// <summary>
/// A whole case through Microsoft's Teams App Test Tool 0.2.28: the employee (its current user, user-id-0) in the
/// personal chat, the officer (user-id-1, configured as a grid officer) in the tool's team channel. What the tool
/// does, as probed: it starts channel threads (<c>POST /v3/conversations</c> → <c>team-id;messageid=…</c>), takes
/// replies into a thread, and applies <c>PUT …/activities/{id}</c> (200 {id}, then an <c>updateMessage</c> to its UI);
/// invoke and submit honour the <c>from</c> given, but a typed message always comes from its current user, so the
/// officer's typed thread messages go through its custom-activity endpoint in the shape of its own channel posts.
/// </summary>
[Collection("node")]
public sealed class TeamsAppTestToolHandoffTests : IAsyncLifetime
{
    private const string OfficerUser = "user-id-1";
    private BotFactory _bot = null!;
    private TeamsAppTestTool _tool = null!;
    private TestToolConfig _config = null!;

    public async Task InitializeAsync()
    {
        // The bot must know the tool's channel before it starts, and the tool the bot's endpoint: fix the bot's port first.
        var botPort = TeamsAppTestTool.FreePort();
        _tool = await TeamsAppTestTool.StartAsync($"http://127.0.0.1:{botPort}/api/messages");
        _config = await _tool.ReadConfigAsync(beforeBotStarts: true);
        _bot = new BotFactory(new()
        {
            ["BotFramework:OfficerChannel:ServiceUrl"] = _tool.ServiceUrl,
            ["BotFramework:OfficerChannel:ChannelId"] = _config.ChannelId,
            ["BotFramework:OfficerChannel:TenantId"] = _config.TenantId,
            ["Handoff:Grid:Officers:6:TeamsUserId"] = OfficerUser,
        });
        _bot.UseKestrel(botPort);
        _bot.StartServer();
        _config = await _tool.ReadConfigAsync();
    }

    public async Task DisposeAsync()
    {
        await _tool.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task Employee_asks_for_a_person_and_the_officer_handles_the_case_in_its_channel_thread()
    {
        var personal = _config.PersonalChatId;
        await SendAsync(personal, "转人工");
        var choice = await _tool.WaitForBotMessageIdAsync(a => a.GetRawText().Contains("openCase", StringComparison.Ordinal));
        await SubmitAsync(personal, choice, new { action = "openCase", identity = "anonymous", reason = "Requested" });
        var opened = await _tool.WaitForBotActivityAsync(a => ActivityText.Of(a).Contains("已受理", StringComparison.Ordinal));
        var caseId = long.Parse(Regex.Match(ActivityText.Of(opened), @"诉求 #(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

        // The officers' card starts a thread of the tool's team channel.
        var started = await _tool.WaitForBotActivityAsync(a => a.TryGetProperty("activity", out var first) && first.GetRawText().Contains("claimCase", StringComparison.Ordinal));
        Assert.Equal(_config.ChannelId, started.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        var thread = await ThreadAsync(caseId);
        Assert.Equal($"{_config.ChannelId};messageid={thread.CardActivityId}", thread.ConversationId);

        // Claim (a Universal Action from the officer): the invoke answer is the new card; the tool's copy is updated too.
        var claimed = await InvokeAsync(thread, new { action = "claimCase", caseId = caseId.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal("application/vnd.microsoft.card.adaptive", claimed.GetProperty("type").GetString());
        Assert.Contains("resolveCase", claimed.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        var updated = await _tool.WaitForUpdatedMessageAsync(m =>
            m.GetProperty("messageId").GetString() == thread.CardActivityId && m.GetRawText().Contains("resolveCase", StringComparison.Ordinal));
        Assert.DoesNotContain("claimCase", updated.GetRawText(), StringComparison.Ordinal);
        await _tool.WaitForBotActivityAsync(a => ActivityText.Of(a).Contains($"黄涛已认领诉求 #{caseId}", StringComparison.Ordinal));
        await _tool.WaitForBotActivityAsync(a => ActivityText.Of(a).Contains("接手", StringComparison.Ordinal));

        // Someone who is not the owner writes in the thread (the tool's own user): told why, nothing passed on.
        await SendAsync(thread.ConversationId, Mention() + " 我也想看看");
        await _tool.WaitForBotActivityAsync(a => ActivityText.Of(a).Contains("只有办理该诉求的工会干部", StringComparison.Ordinal));

        // The owner answers in the thread; the employee gets it in the personal chat, and answers back into the thread.
        await OfficerPostsAsync(thread.ConversationId, "你好，请说说具体情况。");
        await _tool.WaitForBotActivityAsync(a => ActivityText.Of(a) == "黄涛：你好，请说说具体情况。");
        await SendAsync(personal, "公司三个月没发加班费了，电话13812345678");
        var relayed = await _tool.WaitForBotActivityAsync(a => ActivityText.Of(a).Contains("加班费", StringComparison.Ordinal) && ActivityText.Of(a).Contains("匿名职工", StringComparison.Ordinal));
        Assert.Contains("138****5678", ActivityText.Of(relayed), StringComparison.Ordinal);
        Assert.DoesNotContain("我也想看看", string.Join("\n", _tool.BotActivities().Select(ActivityText.Of)), StringComparison.Ordinal);

        // Resolve from the card; the employee rates; the case is closed.
        var resolved = await InvokeAsync(thread, new { action = "resolveCase", caseId = caseId.ToString(CultureInfo.InvariantCulture) });
        Assert.DoesNotContain("resolveCase", resolved.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        var rating = await _tool.WaitForBotMessageIdAsync(a => a.GetRawText().Contains("rateCase", StringComparison.Ordinal));
        await SubmitAsync(personal, rating, new { action = "rateCase", caseId = caseId.ToString(CultureInfo.InvariantCulture), score = "5" });
        await _tool.WaitForBotActivityAsync(a => ActivityText.Of(a).Contains("感谢", StringComparison.Ordinal));
        var closed = await _bot.Services.GetRequiredService<ICaseStore>().GetAsync(caseId, CancellationToken.None);
        Assert.Equal((CaseStatus.Closed, (int?)5), (closed!.Status, closed.Rating));
        await _tool.WaitForUpdatedMessageAsync(m => m.GetProperty("messageId").GetString() == thread.CardActivityId
            && !m.GetRawText().Contains("resolveCase", StringComparison.Ordinal) && ActivityText.Decoded(m).Contains("职工评分 5/5", StringComparison.Ordinal));
    }

    /// <summary>The case's thread, recorded by the bot once the tool answered the create call (polled, as the tool's log is).</summary>
    private async Task<OfficerThread> ThreadAsync(long caseId)
    {
        var threads = _bot.Services.GetRequiredService<IOfficerThreadStore>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (await threads.GetAsync(caseId, CancellationToken.None) is { } thread)
                return thread;
            Assert.True(DateTime.UtcNow < deadline, $"Case {caseId} got no thread.");
            await Task.Delay(50);
        }
    }

    private string Mention() => "<at>" + _config.BotName + "</at>";

    /// <summary>A message typed in the tool: it always comes from the tool's current user.</summary>
    private async Task SendAsync(string conversationId, string text)
    {
        var mentions = conversationId == _config.PersonalChatId ? [] : new[] { new { mentioned = new { id = _config.BotId }, text = Mention() } };
        var sent = await _tool.Http.PostAsJsonAsync($"/_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages",
            new { from = new { id = "user-id-0" }, text, textFormat = "plain", mentions });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
    }

    /// <summary>The employee presses a button of the bot's card <paramref name="cardId"/> (Action.Submit).</summary>
    private async Task SubmitAsync(string conversationId, string cardId, object value)
    {
        var submitted = await _tool.Http.PostAsJsonAsync("/_conversation/v1/submit",
            new { value, from = new { id = "user-id-0" }, conversation = new { id = conversationId }, replyToId = cardId });
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> InvokeAsync(OfficerThread thread, object data)
    {
        var invoke = await _tool.Http.PostAsJsonAsync("/_conversation/v1/invoke", new
        {
            name = "adaptiveCard/action",
            value = new { action = new { type = "Action.Execute", verb = "case", data }, trigger = "manual" },
            from = new { id = OfficerUser },
            conversation = new { id = thread.ConversationId },
            replyToId = thread.CardActivityId,
        });
        var body = await invoke.Content.ReadAsStringAsync();
        Assert.True(invoke.StatusCode == HttpStatusCode.OK, body);
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    /// <summary>
    /// The officer's message in the thread, through the tool's custom-activity endpoint (forwarded to the bot as given),
    /// shaped as the tool's own channel posts: its service URL, channel conversation, team and channel data, mention.
    /// </summary>
    private async Task OfficerPostsAsync(string threadId, string text)
    {
        var mention = Mention();
        var posted = await _tool.Http.PostAsJsonAsync("/_internal/v1/customActivities", new
        {
            type = "message",
            id = Guid.NewGuid().ToString(),
            timestamp = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            serviceUrl = _tool.ServiceUrl,
            channelId = "msteams",
            from = new { id = OfficerUser, name = "Megan Bowen", aadObjectId = "00000000-0000-0000-0000-0000000000021" },
            recipient = new { id = _config.BotId, name = _config.BotName },
            conversation = new { id = threadId, isGroup = true, conversationType = "channel", tenantId = _config.TenantId },
            text = mention + " " + text,
            textFormat = "plain",
            entities = new[] { new { type = "mention", mentioned = new { id = _config.BotId, name = _config.BotName }, text = mention } },
            channelData = new
            {
                teamsChannelId = _config.ChannelId,
                teamsTeamId = _config.ChannelId,
                tenant = new { id = _config.TenantId },
                team = new { id = _config.ChannelId },
                channel = new { id = _config.ChannelId },
            },
        });
        Assert.True(posted.StatusCode == HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
    }
}

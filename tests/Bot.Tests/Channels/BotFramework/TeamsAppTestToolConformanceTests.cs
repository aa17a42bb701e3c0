using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Conversations;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Channels.BotFramework;

/// <summary>The real bot on a loopback socket, driven by Microsoft's Teams App Test Tool (unauthenticated dev mode).</summary>
[Collection("node")]
public sealed class TeamsAppTestToolConformanceTests : IAsyncLifetime
{
    private readonly EchoTurnHandler _handler = new();
    private readonly InMemoryConversationStore _store = new();
    // The factory owns the data folder; the configured copy made from it does not, so both are disposed.
    private BotFactory _factory = null!;
    private WebApplicationFactory<Program> _bot = null!;
    private TeamsAppTestTool _tool = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(new() { ["Knowledge:BuildWhenMissing"] = "false", ["Urls"] = "http://127.0.0.1:0" });
        _bot = _factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.AddSingleton<ITurnHandler>(_handler);
            services.AddSingleton<IConversationStore>(_store);
        }));
        var address = LoopbackBot.Start(_bot);
        _tool = await TeamsAppTestTool.StartAsync(address + "/api/messages");
    }

    public async Task DisposeAsync()
    {
        await _tool.DisposeAsync();
        await _bot.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Install_message_invoke_and_channel_mention_work_with_the_real_test_tool()
    {
        var config = await _tool.ReadConfigAsync();
        var personal = config.PersonalChatId;

        // Install: the tool sends installationUpdate + conversationUpdate; the welcome comes back through its Connector.
        var install = await _tool.Http.PostAsJsonAsync($"/_debug/conversation/{personal}/installation", new { });
        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        await _tool.WaitForBotActivityAsync(a => Text(a) == EchoTurnHandler.Welcome);
        Assert.Contains(_handler.Received, m => m.Kind == IncomingKind.Installed);
        Assert.Contains(_handler.Received, m => m.Kind == IncomingKind.MemberAdded && m.UserId == "user-id-0");

        // A message: typing, then the card reply, accepted by the tool's Connector.
        var sent = await _tool.Http.PostAsJsonAsync($"/_conversation/v1/conversations/{personal}/messages",
            new { from = new { id = "user-id-0" }, text = "card", textFormat = "plain" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var messageId = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageId").GetString()!;
        var card = await _tool.WaitForBotActivityAsync(a => Text(a) == "Fallback text");
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Contains(_tool.BotActivities(), a => a.GetProperty("type").GetString() == "typing");

        // An Action.Execute on that message: the invoke response is the bot's synchronous answer.
        var invoke = await _tool.Http.PostAsJsonAsync("/_conversation/v1/invoke", new
        {
            name = "adaptiveCard/action",
            value = new { action = new { type = "Action.Execute", verb = "feedback", data = new { action = "helpful", answerId = "a-1" } }, trigger = "manual" },
            from = new { id = "user-id-0" },
            conversation = new { id = personal },
            replyToId = messageId,
        });
        var invokeBody = await invoke.Content.ReadAsStringAsync();
        Assert.True(invoke.StatusCode == HttpStatusCode.OK, invokeBody);
        Assert.Contains("Saved helpful", invokeBody, StringComparison.Ordinal);
        var submission = _handler.Received.Single(m => m.Kind == IncomingKind.CardInvoke).Submission!;
        Assert.Equal("helpful", submission.Action);
        Assert.Equal("a-1", submission.Data["answerId"]);

        // A channel post mentioning the bot: the mention is stripped before the turn logic sees the text.
        var mention = "<at>" + config.BotName + "</at>";
        var post = await _tool.Http.PostAsJsonAsync($"/_conversation/v1/conversations/{config.ChannelId}/messages", new
        {
            from = new { id = "user-id-1" },
            text = mention + " how many days of annual leave?",
            textFormat = "plain",
            mentions = new[] { new { mentioned = new { id = config.BotId }, text = mention } },
        });
        Assert.True(post.StatusCode == HttpStatusCode.OK, await post.Content.ReadAsStringAsync());
        await _tool.WaitForBotActivityAsync(a => Text(a) == "echo: how many days of annual leave?");
        var channelMessage = _handler.Received.Last(m => m.Kind == IncomingKind.Message);
        Assert.Equal(ConversationScope.Channel, channelMessage.Address.Scope);
        Assert.Equal("how many days of annual leave?", channelMessage.Text);
    }

    private static string? Text(JsonElement activity) =>
        ActivityText.Of(activity);
}

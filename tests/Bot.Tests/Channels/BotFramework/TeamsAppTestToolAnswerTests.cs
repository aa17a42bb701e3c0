using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Channels.BotFramework;

/// <summary>
/// The whole bot — real turn logic, answer pipeline, SQLite, the index built from the bundled samples — on a loopback
/// socket, driven by Microsoft's Teams App Test Tool as a worker would use it.
/// </summary>
[Collection("node")]
public sealed class TeamsAppTestToolAnswerTests : IAsyncLifetime
{
    private WebApplicationFactory<Program> _bot = null!;
    private TeamsAppTestTool _tool = null!;

    public async Task InitializeAsync()
    {
        _bot = new BotFactory(new() { ["Urls"] = "http://127.0.0.1:0" });
        var address = LoopbackBot.Start(_bot);
        _tool = await TeamsAppTestTool.StartAsync(address + "/api/messages");
    }

    public async Task DisposeAsync()
    {
        await _tool.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task A_worker_installs_asks_rates_the_answer_and_asks_again_in_a_channel()
    {
        var config = await _tool.ReadConfigAsync();
        var personal = config.PersonalChatId;

        var install = await _tool.Http.PostAsJsonAsync($"/_debug/conversation/{personal}/installation", new { });
        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        await _tool.WaitForBotActivityAsync(a => Text(a).Contains("职工权益助手", StringComparison.Ordinal) && Text(a).Contains("labor-rights assistant", StringComparison.Ordinal));

        var sent = await _tool.Http.PostAsJsonAsync($"/_conversation/v1/conversations/{personal}/messages",
            new { from = new { id = "user-id-0" }, text = "困难职工帮扶怎么申请？", textFormat = "plain" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var messageId = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageId").GetString()!;
        var answer = await _tool.WaitForBotActivityAsync(a => Text(a).Contains("第十九条", StringComparison.Ordinal));
        var card = answer.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains("《江河示范能源集团有限公司工会会员福利与困难帮扶办法》第十九条", ActivityText.Decoded(card), StringComparison.Ordinal);
        var answerId = card.GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("data")).First(d => d.GetProperty("action").GetString() == "helpful")
            .GetProperty("answerId").GetString()!;

        // Teams' Universal Action on the card: the invoke response is the bot's synchronous thanks.
        var invoke = await _tool.Http.PostAsJsonAsync("/_conversation/v1/invoke", new
        {
            name = "adaptiveCard/action",
            value = new { action = new { type = "Action.Execute", verb = "feedback", data = new { action = "helpful", answerId } }, trigger = "manual" },
            from = new { id = "user-id-0" },
            conversation = new { id = personal },
            replyToId = messageId,
        });
        var invokeBody = await invoke.Content.ReadAsStringAsync();
        Assert.True(invoke.StatusCode == HttpStatusCode.OK, invokeBody);
        Assert.Contains("谢谢", ActivityText.Decoded(JsonSerializer.Deserialize<JsonElement>(invokeBody)), StringComparison.Ordinal);

        var mention = "<at>" + config.BotName + "</at>";
        var post = await _tool.Http.PostAsJsonAsync($"/_conversation/v1/conversations/{config.ChannelId}/messages", new
        {
            from = new { id = "user-id-1" },
            text = mention + " 会费怎么交？",
            textFormat = "plain",
            mentions = new[] { new { mentioned = new { id = config.BotId }, text = mention } },
        });
        Assert.True(post.StatusCode == HttpStatusCode.OK, await post.Content.ReadAsStringAsync());
        await _tool.WaitForBotActivityAsync(a => Text(a).Contains("会费与经费管理办法", StringComparison.Ordinal));
    }

    private static string Text(JsonElement activity) =>
        ActivityText.Of(activity);
}

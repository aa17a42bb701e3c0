using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assistant.Bot.Tests.Handoff.Routing;

/// <summary>
/// Microsoft's Teams App Test Tool sends channel messages with Teams' own <c>channelData.team</c>: mapped in the grid,
/// the bot knows the org unit there and does not ask; in the personal chat (no team) the card asks.
/// </summary>
[Collection("node")]
public sealed class TeamsAppTestToolOrgUnitTests : IAsyncLifetime
{
    /// <summary>The tool's built-in team id (checked against its config below). Like Teams, its messages carry only <c>team.id</c>.</summary>
    private const string ToolTeamId = "team-id";

    private WebApplicationFactory<Program> _bot = null!;
    private TeamsAppTestTool _tool = null!;

    public async Task InitializeAsync()
    {
        _bot = new BotFactory(new()
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Handoff:Grid:OrgUnits:2:TeamsTeamIds:0"] = ToolTeamId,
        });
        var address = LoopbackBot.Start(_bot);
        _tool = await TeamsAppTestTool.StartAsync(address + "/api/messages");
    }

    public async Task DisposeAsync()
    {
        await _tool.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task In_a_mapped_team_the_identity_card_does_not_ask_for_the_org_unit_and_in_the_personal_chat_it_does()
    {
        var config = await _tool.ReadConfigAsync();
        using (var raw = JsonDocument.Parse(await _tool.Http.GetStringAsync(new Uri("/_internal/v1/config", UriKind.Relative))))
            Assert.Equal(ToolTeamId, raw.RootElement.GetProperty("config").GetProperty("teams")[0].GetProperty("id").GetString());

        var mention = "<at>" + config.BotName + "</at>";
        var post = await _tool.Http.PostAsJsonAsync($"/_conversation/v1/conversations/{config.ChannelId}/messages", new
        {
            from = new { id = "user-id-1" },
            text = mention + " 转人工",
            textFormat = "plain",
            mentions = new[] { new { mentioned = new { id = config.BotId }, text = mention } },
        });
        Assert.True(post.StatusCode == HttpStatusCode.OK, await post.Content.ReadAsStringAsync());
        var inTeam = await _tool.WaitForBotActivityAsync(IdentityCard);

        var sent = await _tool.Http.PostAsJsonAsync($"/_conversation/v1/conversations/{config.PersonalChatId}/messages",
            new { from = new { id = "user-id-0" }, text = "转人工", textFormat = "plain" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var personal = await _tool.WaitForBotActivityAsync(a => IdentityCard(a) && a.GetProperty("conversation").GetProperty("id").GetString() == config.PersonalChatId);

        Assert.DoesNotContain("Input.ChoiceSet", inTeam.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("检修公司 · 电气班", ActivityText.Decoded(personal), StringComparison.Ordinal);
        Assert.Contains("Input.ChoiceSet", personal.GetRawText(), StringComparison.Ordinal);
    }

    private static bool IdentityCard(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array && attachments.GetArrayLength() > 0
        && ActivityText.Decoded(attachments[0]).Contains("留下姓名", StringComparison.Ordinal);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Calculators.Conversation;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// A calculation in Teams, driven by Microsoft's Teams App Test Tool: the question asked without a figure gets the law
/// and the first figure; the form card carries labelled Adaptive Card inputs; its Action.Submit (the tool's submit,
/// the data merged with the inputs' values as Teams sends it) gets the result card.
/// </summary>
[Collection("node")]
public sealed class TeamsAppTestToolCalculationTests : IAsyncLifetime
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
    public async Task A_worker_in_Teams_fills_in_the_form_card_and_gets_the_result_card()
    {
        var personal = (await _tool.ReadConfigAsync()).PersonalChatId;

        var sent = await _tool.Http.PostAsJsonAsync($"/_conversation/v1/conversations/{personal}/messages",
            new { from = new { id = "user-id-0" }, text = "公司裁员了，能赔多少钱？", textFormat = "plain" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await _tool.WaitForBotActivityAsync(a => a.GetRawText().Contains("第四十六条", StringComparison.Ordinal));
        var question = await _tool.WaitForBotMessageIdAsync(a => a.GetRawText().Contains(CalculationCards.FormAction, StringComparison.Ordinal)
            && ActivityText.Of(a).Contains("干了多久", StringComparison.Ordinal));

        await SubmitAsync(personal, question, new { action = CalculationCards.FormAction, kind = "Severance" });
        var form = await _tool.WaitForBotActivityAsync(a => a.GetRawText().Contains("Input.Number", StringComparison.Ordinal));
        var inputs = form.GetProperty("attachments")[0].GetProperty("content").GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal)).ToList();
        Assert.Contains(inputs, i => i.GetProperty("id").GetString() == "MonthlyWage" && i.GetProperty("label").GetString() == "你离职前12个月的月平均工资");
        Assert.Contains(inputs, i => i.GetProperty("id").GetString() == "Ending" && i.GetProperty("type").GetString() == "Input.ChoiceSet");
        var formId = await _tool.WaitForBotMessageIdAsync(a => a.GetRawText().Contains("Input.Number", StringComparison.Ordinal));

        // The inputs' values under their ids, as Teams merges them into the button's data (ids are case-sensitive).
        await SubmitAsync(personal, formId, new Dictionary<string, string>
        {
            ["action"] = CalculationCards.CalculateAction, ["kind"] = "Severance", ["Years"] = "3", ["MonthlyWage"] = "6000", ["Ending"] = "Layoff",
        });
        var result = await _tool.WaitForBotActivityAsync(a => ActivityText.Of(a).Contains("18,000.00", StringComparison.Ordinal));
        Assert.Contains("《劳动合同法》（2012年修正）第四十七条", ActivityText.Decoded(result.GetProperty("attachments")[0].GetProperty("content")), StringComparison.Ordinal);
    }

    private async Task SubmitAsync(string conversationId, string cardId, object value)
    {
        var submitted = await _tool.Http.PostAsJsonAsync("/_conversation/v1/submit",
            new { value, from = new { id = "user-id-0" }, conversation = new { id = conversationId }, replyToId = cardId });
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
    }
}

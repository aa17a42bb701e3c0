using System.Text.Json;
using Assistant.Bot.Channels.BotFramework.Rendering;
using Assistant.Bot.Channels.BotFramework.Schema;
using Assistant.Bot.Conversations;
using Assistant.Bot.Tests.Channels.BotFramework.Support;

namespace Assistant.Bot.Tests.Channels.BotFramework;

public sealed class ActivityRendererTests
{
    private static readonly ActivityAddressing Addressing = new(
        new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = "user" }, new ConversationAccount { Id = "c1" }, "in-1");

    [Fact]
    public void An_answer_card_is_one_Adaptive_Card_1_4_with_Submit_buttons_a_toggle_per_citation_and_a_subtle_notice()
    {
        var activity = new ActivityRenderer().Render(new Reply("Fallback", "zh", EchoTurnHandler.SampleCard()), Addressing);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity));
        var root = json.RootElement;

        // The plain text is the fallback of the card, not a second message.
        Assert.False(root.TryGetProperty("text", out _));
        Assert.Equal("Fallback", root.GetProperty("summary").GetString());
        Assert.Equal("zh-CN", root.GetProperty("locale").GetString());
        var attachment = Assert.Single(root.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("Fallback", card.GetProperty("fallbackText").GetString());
        Assert.Equal("1.4", card.GetProperty("version").GetString());
        var body = card.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal("经济补偿", body[0].GetProperty("text").GetString());
        var container = body[2];
        Assert.Equal("Container", container.GetProperty("type").GetString());
        var items = container.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("Bolder", items[0].GetProperty("weight").GetString());
        Assert.Contains("《中华人民共和国劳动合同法》第四十七条", items[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var fullText = items.Single(i => i.TryGetProperty("isVisible", out _));
        Assert.False(fullText.GetProperty("isVisible").GetBoolean());
        var toggle = items.Single(i => i.GetProperty("type").GetString() == "ActionSet").GetProperty("actions")[0];
        Assert.Equal("Action.ToggleVisibility", toggle.GetProperty("type").GetString());
        Assert.Equal("显示全文", toggle.GetProperty("title").GetString());
        Assert.Equal(fullText.GetProperty("id").GetString(), toggle.GetProperty("targetElements")[0].GetString());
        var notice = body[^1];
        Assert.Equal("Small", notice.GetProperty("size").GetString());
        Assert.True(notice.GetProperty("isSubtle").GetBoolean());

        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Equal("helpful", actions[0].GetProperty("data").GetProperty("action").GetString());
        Assert.Equal("a-1", actions[0].GetProperty("data").GetProperty("answerId").GetString());
        Assert.DoesNotContain("Action.Execute", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_choice_is_a_compact_Input_ChoiceSet_under_its_label_before_the_Submit_buttons()
    {
        var card = EchoTurnHandler.SampleCard() with { Citations = [] };
        card = card with
        {
            Choice = new CardChoice("orgUnit", "你所在的班组", "选择班组", [new CardChoiceOption("检修公司 · 电气班", "检修公司电气班"), new CardChoiceOption("运行一值", "发电一厂运行一值")]),
        };

        var activity = new ActivityRenderer().Render(new Reply("Fallback", "zh", card), Addressing);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity));

        var content = json.RootElement.GetProperty("attachments")[0].GetProperty("content");
        var body = content.GetProperty("body").EnumerateArray().ToList();
        var set = body.Single(e => e.GetProperty("type").GetString() == "Input.ChoiceSet");
        Assert.Equal("你所在的班组", body[body.IndexOf(set) - 1].GetProperty("text").GetString());
        Assert.Equal(("orgUnit", "compact", false, "选择班组"),
            (set.GetProperty("id").GetString(), set.GetProperty("style").GetString(), set.GetProperty("isMultiSelect").GetBoolean(), set.GetProperty("placeholder").GetString()));
        Assert.Equal([("检修公司 · 电气班", "检修公司电气班"), ("运行一值", "发电一厂运行一值")],
            set.GetProperty("choices").EnumerateArray().Select(c => (c.GetProperty("title").GetString(), c.GetProperty("value").GetString())));
        Assert.All(content.GetProperty("actions").EnumerateArray(), a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
    }

    [Fact]
    public void A_plain_reply_has_addressing_text_and_imBack_suggestions_and_no_id_timestamp_or_serviceUrl()
    {
        var activity = new ActivityRenderer().Render(new Reply("Hi", "en", null, [new SuggestedAction("Annual leave", "How many days of annual leave?")]), Addressing);
        var json = JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("message", root.GetProperty("type").GetString());
        Assert.Equal("bot", root.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user", root.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("in-1", root.GetProperty("replyToId").GetString());
        Assert.Equal("en-US", root.GetProperty("locale").GetString());
        var action = Assert.Single(root.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray());
        Assert.Equal("imBack", action.GetProperty("type").GetString());
        Assert.Equal("How many days of annual leave?", action.GetProperty("value").GetString());
        foreach (var absent in new[] { "id", "timestamp", "serviceUrl", "attachments", "entities" })
            Assert.False(root.TryGetProperty(absent, out _), absent);
    }
}

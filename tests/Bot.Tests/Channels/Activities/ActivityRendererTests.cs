using System.Text.Json;
using Assistant.Bot.Channels.Activities.Rendering;
using Assistant.Bot.Channels.Activities.Schema;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Channels.Activities;

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
    public void A_form_card_renders_each_field_as_its_Adaptive_Card_input_with_its_label_value_and_choices_and_sections_as_headed_lines()
    {
        var card = EchoTurnHandler.SampleCard() with
        {
            Citations = [],
            Sections = [new CardSection("计算过程", ["8,000.00元 × 5个月 = 40,000.00元"])],
            Inputs =
            [
                new CardInput("Years", "在本单位工作的时长", CardInputKind.Number, "5"),
                new CardInput("StartDate", "入职日期", CardInputKind.Date),
                new CardInput("DifficultBirth", "难产", CardInputKind.Toggle, "true"),
                new CardInput("Ending", "劳动关系如何结束", CardInputKind.Choice) { Options = [new CardChoiceOption("经济性裁员（第四十一条）", "Layoff")] },
            ],
        };
        var activity = new ActivityRenderer().Render(new Reply("Fallback", "zh", card), Addressing);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity));
        var body = json.RootElement.GetProperty("attachments")[0].GetProperty("content").GetProperty("body").EnumerateArray().ToList();

        var heading = body.Single(b => b.TryGetProperty("text", out var t) && t.GetString() == "计算过程");
        Assert.Equal("Bolder", heading.GetProperty("weight").GetString());
        Assert.Equal("8,000.00元 × 5个月 = 40,000.00元", body[body.IndexOf(heading) + 1].GetProperty("text").GetString());
        var inputs = body.Where(b => b.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Input.Number", "Input.Date", "Input.Toggle", "Input.ChoiceSet"], inputs.Select(i => i.GetProperty("type").GetString()));
        Assert.Equal(["Years", "StartDate", "DifficultBirth", "Ending"], inputs.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(["在本单位工作的时长", "入职日期", "难产", "劳动关系如何结束"], inputs.Select(i => i.GetProperty("label").GetString()));
        Assert.Equal("5", inputs[0].GetProperty("value").GetString());
        Assert.Equal(0, inputs[0].GetProperty("min").GetInt32());
        Assert.False(inputs[1].TryGetProperty("value", out _));
        Assert.Equal(("true", "false", "true"), (inputs[2].GetProperty("valueOn").GetString(), inputs[2].GetProperty("valueOff").GetString(), inputs[2].GetProperty("value").GetString()));
        var choice = Assert.Single(inputs[3].GetProperty("choices").EnumerateArray());
        Assert.Equal(("经济性裁员（第四十一条）", "Layoff"), (choice.GetProperty("title").GetString(), choice.GetProperty("value").GetString()));
    }

    [Fact]
    public void A_guide_answer_shows_its_source_the_law_whole_and_the_further_articles_to_open_in_place()
    {
        var card = EchoTurnHandler.SampleCard() with
        {
            Citations = [new Citation(1, "劳动合同法#第四十六条", "《劳动合同法》（2012年修正）第四十六条", "有下列情形之一的……", "有下列情形之一的……")
            {
                InForce = "本版本自2013年7月1日起施行。",
            }],
        };
        card = card with
        {
            LeadSource = "摘自工会《职工劳动权益问答指南》",
            CitationsHeading = "法律依据：",
            FurtherHeading = "另见（可展开全文）：",
            Further = [new Citation(0, "劳动合同法#第三十六条", "《劳动合同法》（2012年修正）第三十六条", "", "用人单位与劳动者协商一致，可以解除劳动合同。")
            {
                InForce = "本版本自2013年7月1日起施行。",
            }],
        };

        var activity = new ActivityRenderer().Render(new Reply("Fallback", "zh", card), Addressing);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity));
        var content = json.RootElement.GetProperty("attachments")[0].GetProperty("content");
        var body = content.GetProperty("body").EnumerateArray().ToList();

        Assert.Equal("摘自工会《职工劳动权益问答指南》", body[2].GetProperty("text").GetString());
        Assert.Equal("法律依据：", body[3].GetProperty("text").GetString());
        // The article quoted whole has nothing more to open, only its date.
        var quoted = body[4].GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("[1] 《劳动合同法》（2012年修正）第四十六条", quoted[0].GetProperty("text").GetString());
        Assert.Equal("本版本自2013年7月1日起施行。", quoted[^1].GetProperty("text").GetString());
        Assert.DoesNotContain(quoted, i => i.GetProperty("type").GetString() == "ActionSet");
        // A further article opens in place: its hidden text and date, and the toggle that shows them.
        Assert.Equal("另见（可展开全文）：", body[5].GetProperty("text").GetString());
        var further = body[6].GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("《劳动合同法》（2012年修正）第三十六条", further[0].GetProperty("text").GetString());
        var hidden = further.Single(i => i.TryGetProperty("isVisible", out _));
        Assert.False(hidden.GetProperty("isVisible").GetBoolean());
        var opened = hidden.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
        Assert.Equal(["用人单位与劳动者协商一致，可以解除劳动合同。", "本版本自2013年7月1日起施行。"], opened);
        var toggle = further.Single(i => i.GetProperty("type").GetString() == "ActionSet").GetProperty("actions")[0];
        Assert.Equal("Action.ToggleVisibility", toggle.GetProperty("type").GetString());
        Assert.Equal(hidden.GetProperty("id").GetString(), toggle.GetProperty("targetElements")[0].GetString());
        Assert.DoesNotContain("#", content.GetProperty("body").GetRawText(), StringComparison.Ordinal);
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

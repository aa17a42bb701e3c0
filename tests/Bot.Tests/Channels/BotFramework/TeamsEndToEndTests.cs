using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Channels.BotFramework;

/// <summary>
/// The whole bot as Teams reaches it: authenticated /api/messages, the real turn logic and answer pipeline over the
/// index built from the bundled samples, the SQLite store, replies delivered to a loopback Connector.
/// </summary>
public sealed class TeamsEndToEndTests : IAsyncLifetime
{
    private const string Conversation = "a:personal-e2e";
    private readonly ChannelRig _rig = new(realTurnLogic: true);

    public Task InitializeAsync() => _rig.InitializeAsync();

    public Task DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task Adding_the_user_sends_one_bilingual_welcome()
    {
        var update = TeamsActivities.ConversationUpdate(_rig.Connector.ServiceUrl, Conversation);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId }, new JsonObject { ["id"] = TeamsActivities.UserId });

        var response = await _rig.PostAsync(update.ToJsonString(), _rig.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(Messages(await _rig.Connector.WaitForAsync(1)));
        var text = ActivityText.Of(welcome);
        Assert.Contains("职工权益助手", text, StringComparison.Ordinal);
        Assert.Contains("labor-rights assistant", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_question_is_answered_in_chinese_with_a_card_citing_the_right_article()
    {
        var reply = await AskAsync("困难职工帮扶怎么申请？");

        Assert.StartsWith("zh", reply.GetProperty("locale").GetString(), StringComparison.Ordinal);
        var card = AdaptiveCard(reply);
        Assert.Contains("《江河示范能源集团有限公司工会会员福利与困难帮扶办法》第十九条", card, StringComparison.Ordinal);
        Assert.Contains("不构成法律意见", ActivityText.Of(reply), StringComparison.Ordinal);
        Assert.False(reply.TryGetProperty("text", out _), "a card answer is not sent twice");
        Assert.DoesNotContain("Action.Execute", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_question_is_answered_in_english()
    {
        var reply = await AskAsync("Can I stay anonymous when I raise a request?");

        Assert.StartsWith("en", reply.GetProperty("locale").GetString(), StringComparison.Ordinal);
        Assert.Contains("Article 11", AdaptiveCard(reply), StringComparison.Ordinal);
        Assert.DoesNotContain("不构成法律意见", ActivityText.Of(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_reference_is_answered_with_exactly_that_article()
    {
        var reply = await AskAsync("江河示范能源集团有限公司工会会员管理办法第5条");

        var card = AdaptiveCard(reply);
        Assert.Contains("《江河示范能源集团有限公司工会会员管理办法》第五条", card, StringComparison.Ordinal);
        Assert.DoesNotContain("第六条", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_question_is_answered_honestly_and_recorded_as_unanswered()
    {
        var reply = await AskAsync("今天中午吃什么好");

        Assert.Contains("没有找到能回答这个问题的依据", ActivityText.Of(reply), StringComparison.Ordinal);
        var unanswered = Assert.Single(StoreQueries.Unanswered(Path.Combine(_rig.DataFolder, "assistant.db")));
        Assert.Equal("今天中午吃什么好", unanswered.Question);
    }

    [Fact]
    public async Task The_helpful_button_on_an_answer_card_records_feedback_with_the_question_and_articles()
    {
        var answer = await AskAsync("困难职工帮扶怎么申请？");
        var answerId = SubmitData(answer, "helpful").GetProperty("answerId").GetString()!;
        var submit = TeamsActivities.Message(_rig.Connector.ServiceUrl, Conversation, null);
        submit["id"] = "1700000000099";
        submit["value"] = new JsonObject { ["action"] = "helpful", ["answerId"] = answerId };

        var response = await _rig.PostAsync(submit.ToJsonString(), _rig.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var thanks = Messages(await _rig.Connector.WaitForAsync(4)).Last();
        Assert.Contains("谢谢", ActivityText.Of(thanks), StringComparison.Ordinal);
        var feedback = Assert.Single(StoreQueries.Feedback(Path.Combine(_rig.DataFolder, "assistant.db")));
        Assert.Equal(answerId, feedback.AnswerId);
        Assert.Equal(1, feedback.Helpful);
        Assert.Equal("困难职工帮扶怎么申请？", feedback.Question);
        Assert.Contains("第十九条", feedback.ArticleKeys, StringComparison.Ordinal);
    }

    private async Task<JsonElement> AskAsync(string question)
    {
        var before = Messages(_rig.Connector.Requests).Count;
        var response = await _rig.PostAsync(TeamsActivities.Message(_rig.Connector.ServiceUrl, Conversation, question).ToJsonString(), _rig.Token());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        // Each question is answered with a typing activity and one message.
        var requests = await _rig.Connector.WaitForAsync(_rig.Connector.Requests.Count);
        return Messages(requests)[before];
    }

    private static List<JsonElement> Messages(IReadOnlyList<RecordedRequest> requests) =>
        requests.Where(r => r.ActivityType == "message").Select(r => r.Json).ToList();

    private static string AdaptiveCard(JsonElement reply)
    {
        var attachment = reply.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        return ActivityText.Decoded(attachment.GetProperty("content"));
    }

    private static JsonElement SubmitData(JsonElement reply, string action)
    {
        var card = reply.GetProperty("attachments")[0].GetProperty("content");
        return card.GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("data"))
            .First(d => d.GetProperty("action").GetString() == action);
    }
}

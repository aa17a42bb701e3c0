using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Channels.DirectLine;
using Assistant.Bot.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Channels.DirectLine;

/// <summary>The Direct Line 3.0 calls Web Chat makes, against the real bot and its real turn logic.</summary>
public sealed class DirectLineApiTests(DirectLineBotFixture fixture) : IClassFixture<DirectLineBotFixture>
{
    [Fact]
    public async Task A_started_conversation_welcomes_echoes_with_the_client_activity_id_and_answers_with_a_card()
    {
        var client = fixture.NewClient();
        var grant = await client.PageTokenAsync();
        Assert.StartsWith("dl_", grant.UserId, StringComparison.Ordinal);
        Assert.False(grant.Resumed);

        var start = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/conversations", grant.Token, """{"user":{"id":"r_page"}}""");
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var conversation = await start.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(grant.ConversationId, conversation.GetProperty("conversationId").GetString());
        Assert.True(conversation.GetProperty("expires_in").GetInt32() > 1700);
        var streamUrl = new Uri(conversation.GetProperty("streamUrl").GetString()!);
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Equal($"/v3/directline/conversations/{grant.ConversationId}/stream", streamUrl.AbsolutePath);

        // The same token again: the conversation exists, 200 and no second welcome.
        var again = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/conversations", grant.Token, null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var (welcome, afterWelcome) = await client.ActivitiesAsync(grant.ConversationId, grant.Token);
        Assert.Single(welcome);
        Assert.Contains("职工权益助手", DirectLineClient.Text(welcome[0]), StringComparison.Ordinal);
        Assert.Equal("1", afterWelcome);

        var sent = await client.MessageAsync(grant, "困难职工帮扶怎么申请？", "client-1");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(grant.ConversationId + "|0000002", id);

        var (activities, watermark) = await client.ActivitiesAsync(grant.ConversationId, grant.Token, afterWelcome);
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(grant.UserId, echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("webchat", echo.GetProperty("channelId").GetString());
        var answer = activities[1];
        Assert.Equal(DirectLineChannel.Bot.Id, answer.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(grant.UserId, answer.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(id, answer.GetProperty("replyToId").GetString());
        var card = answer.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.Contains("第十九条", card.GetProperty("content").GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(activities, a => a.GetProperty("type").GetString() == "typing");
        Assert.Equal(activities.Count + 1, int.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture));

        // Polling from the last watermark: nothing new, the same watermark back.
        var (none, same) = await client.ActivitiesAsync(grant.ConversationId, grant.Token, watermark);
        Assert.Empty(none);
        Assert.Equal(watermark, same);

        // A card button (Action.Submit: a message with value) reaches the turn logic as a CardSubmission.
        var answerId = card.GetProperty("content").GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("data")).First(d => d.GetProperty("action").GetString() == "helpful").GetProperty("answerId").GetString();
        var submit = await client.PostActivityAsync(grant.ConversationId, grant.Token, JsonSerializer.Serialize(new
        {
            type = "message",
            locale = "zh-CN",
            value = new { action = "helpful", answerId },
            channelData = new { clientActivityID = "client-2" },
        }));
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        var (thanks, _) = await client.ActivitiesAsync(grant.ConversationId, grant.Token, watermark);
        Assert.Contains("谢谢", DirectLineClient.Text(thanks[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_conversations_token_is_forbidden_and_nothing_is_stored()
    {
        var alice = await fixture.NewClient().StartedAsync();
        var bobClient = fixture.NewClient();
        var bob = await bobClient.StartedAsync();
        Assert.NotEqual(alice.ConversationId, bob.ConversationId);

        var post = await bobClient.MessageAsync(alice with { Token = bob.Token }, "我的工资被拖欠了", "x");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var read = await bobClient.SendAsync(HttpMethod.Get, $"{DirectLineClient.Base}/conversations/{alice.ConversationId}/activities", bob.Token, null);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        var reconnect = await bobClient.SendAsync(HttpMethod.Get, $"{DirectLineClient.Base}/conversations/{alice.ConversationId}", bob.Token, null);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);

        var (history, _) = await bobClient.ActivitiesAsync(alice.ConversationId, alice.Token);
        Assert.Single(history);
    }

    [Fact]
    public async Task Bad_requests_are_refused_and_nothing_is_stored()
    {
        var client = fixture.NewClient();
        var grant = await client.StartedAsync();
        var forged = grant.Token[..^3] + (grant.Token[^3] == 'A' ? "BBB" : "AAA");
        var message = """{"type":"message","text":"hi","channelData":{"clientActivityID":"c"}}""";

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostActivityAsync(grant.ConversationId, null, message)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostActivityAsync(grant.ConversationId, forged, message)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostActivityAsync(grant.ConversationId, "not-a-token", message)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostActivityAsync(grant.ConversationId, DirectLineBotFixture.Secret, message)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostActivityAsync(grant.ConversationId, grant.Token, "{\"type\":\"message\",")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostActivityAsync(grant.ConversationId, grant.Token, """{"text":"no type"}""")).StatusCode);
        var big = JsonSerializer.Serialize(new { type = "message", text = new string('长', 5000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PostActivityAsync(grant.ConversationId, grant.Token, big)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Get,
            $"{DirectLineClient.Base}/conversations/{grant.ConversationId}/activities?watermark=abc", grant.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/conversations", forged, null)).StatusCode);

        // A token for a conversation that was never started: 404, and the conversation still does not exist.
        var generated = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/generate", DirectLineBotFixture.Secret, """{"user":{"id":"worker7"}}""");
        var unstarted = await generated.Content.ReadFromJsonAsync<JsonElement>();
        var unstartedId = unstarted.GetProperty("conversationId").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostActivityAsync(unstartedId, unstarted.GetProperty("token").GetString(), message)).StatusCode);

        var store = fixture.Bot.Services.GetRequiredService<DirectLineStore>();
        Assert.Null(await store.GetConversationAsync(unstartedId, CancellationToken.None));
        var (history, watermark) = await client.ActivitiesAsync(grant.ConversationId, grant.Token);
        Assert.Single(history);
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task Tokens_generate_needs_the_secret_and_embeds_a_dl_user()
    {
        var client = fixture.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/generate", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/generate", "wrong-secret-0123456789", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/generate", DirectLineBotFixture.Secret, "{oops")).StatusCode);

        var generated = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/generate", DirectLineBotFixture.Secret, """{"user":{"id":"worker7","name":"王师傅"}}""");
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var body = await generated.Content.ReadFromJsonAsync<JsonElement>();
        var grant = new DirectLineClient.Grant(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, "dl_worker7", false);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/conversations", grant.Token, "{}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.MessageAsync(grant, "你好", "g1")).StatusCode);
        var (activities, _) = await client.ActivitiesAsync(grant.ConversationId, grant.Token);
        var echo = activities.First(a => a.GetProperty("from").GetProperty("role").GetString() == "user");
        Assert.Equal("dl_worker7", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("王师傅", echo.GetProperty("from").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_messenger_stores_and_delivers_into_webchat_conversations_and_bot_connector_no_longer_claims_them()
    {
        var client = fixture.NewClient();
        var grant = await client.StartedAsync();
        var messengers = fixture.Bot.Services.GetServices<IConversationMessenger>().ToList();
        var ours = Assert.Single(messengers, m => m.Handles("webchat"));
        Assert.True(ours.Handles("directline"));
        Assert.Single(messengers, m => m.Handles("msteams"));

        Assert.True(await ours.SendAsync(new ConversationAddress("webchat", grant.ConversationId), new Reply("工会干部回复：请明天来工会办公室。", "zh"), CancellationToken.None));
        Assert.False(await ours.SendAsync(new ConversationAddress("webchat", "no-such-conversation"), new Reply("x", "zh"), CancellationToken.None));
        var (activities, watermark) = await client.ActivitiesAsync(grant.ConversationId, grant.Token, "1");
        Assert.Equal("工会干部回复：请明天来工会办公室。", DirectLineClient.Text(Assert.Single(activities)));
        Assert.Equal("2", watermark);
    }

    [Fact]
    public async Task The_page_and_the_web_chat_bundle_are_served_and_the_secret_is_not_in_them()
    {
        var client = fixture.NewClient();
        var page = await client.Http.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("职工权益助手", page, StringComparison.Ordinal);
        Assert.Contains("/webchat/webchat.js", page, StringComparison.Ordinal);
        var bundle = await client.Http.GetAsync(new Uri("/webchat/webchat.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000);
        var script = await client.Http.GetStringAsync(new Uri("/webchat/app.js", UriKind.Relative));
        Assert.DoesNotContain(DirectLineBotFixture.Secret, page + script, StringComparison.Ordinal);
        var token = await client.Http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        Assert.DoesNotContain(DirectLineBotFixture.Secret, await token.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(token.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }
}

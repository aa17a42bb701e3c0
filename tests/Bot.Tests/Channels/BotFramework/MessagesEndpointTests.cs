using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Conversations;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Channels.BotFramework;

/// <summary>/api/messages through the real bot, with a loopback Connector, token issuer and Entra ID.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly ChannelRig _rig = new();

    public Task InitializeAsync() => _rig.InitializeAsync();

    public Task DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task A_message_gets_typing_then_a_reply_posted_to_the_encoded_conversation_with_the_Entra_token()
    {
        const string conversation = "a:1Xq;messageid=9@x";
        var activity = TeamsActivities.Message(_rig.Connector.ServiceUrl, conversation, "hello");

        var response = await _rig.PostAsync(activity.ToJsonString(), _rig.Token());

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var requests = await _rig.Connector.WaitForAsync(2);
        Assert.Equal(["typing", "message"], requests.Select(r => r.ActivityType));
        Assert.All(requests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("/connector/v3/conversations/a%3A1Xq%3Bmessageid%3D9%40x/activities/1700000000001", r.RawPath);
            Assert.Equal("Bearer " + FakeEntra.AccessToken, r.Authorization);
        });
        var reply = requests[1].Json;
        Assert.Equal("echo: hello", reply.GetProperty("text").GetString());
        Assert.Equal(TeamsActivities.BotId, reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.UserId, reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(conversation, reply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("1700000000001", reply.GetProperty("replyToId").GetString());
        Assert.Equal("en-US", reply.GetProperty("locale").GetString());
        Assert.False(reply.TryGetProperty("id", out _));
        Assert.False(reply.TryGetProperty("serviceUrl", out _));
        Assert.False(reply.TryGetProperty("timestamp", out _));
        var token = Assert.Single(_rig.Entra.TokenRequests);
        Assert.Contains("grant_type=client_credentials", token, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", token, StringComparison.Ordinal);

        var stored = Assert.Single(_rig.Store.References);
        Assert.Equal(new ConversationAddress("msteams", conversation, ConversationScope.Personal), stored.Address);
        using var reference = JsonDocument.Parse(stored.ChannelReference);
        Assert.Equal(_rig.Connector.ServiceUrl, reference.RootElement.GetProperty("serviceUrl").GetString());
        Assert.Equal(ChannelRig.AllowedTenant, reference.RootElement.GetProperty("tenantId").GetString());
        Assert.True(reference.RootElement.GetProperty("authenticated").GetBoolean());
        var incoming = Assert.Single(_rig.Handler.Received);
        Assert.Equal(IncomingKind.Message, incoming.Kind);
        Assert.Equal("hello", incoming.Text);
        Assert.Equal("Wang Fang", incoming.UserName);
        Assert.Null(incoming.OrgUnit);
    }

    [Fact]
    public async Task The_reference_is_written_when_it_changes_not_on_every_message()
    {
        var first = TeamsActivities.Message(_rig.Connector.ServiceUrl, "a:refs", "one");
        var second = TeamsActivities.Message(_rig.Connector.ServiceUrl, "a:refs", "two");
        second["id"] = "1700000000077";
        var moved = TeamsActivities.Message(_rig.Connector.ServiceUrl.Replace("/connector/", "/connector2/", StringComparison.Ordinal), "a:refs", "three");

        await _rig.PostAsync(first.ToJsonString(), _rig.Token());
        await _rig.PostAsync(second.ToJsonString(), _rig.Token());
        Assert.Equal(1, _rig.Store.ReferenceWrites);

        await _rig.PostAsync(moved.ToJsonString(), _rig.Issuer.Mint(ChannelRig.AppId, moved["serviceUrl"]!.GetValue<string>()));
        Assert.Equal(2, _rig.Store.ReferenceWrites);
        Assert.Contains("connector2", Assert.Single(_rig.Store.References).ChannelReference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_calls_the_handler_once_per_added_member_who_is_not_the_bot()
    {
        var response = await _rig.PostAsync(TeamsActivities.ConversationUpdate(_rig.Connector.ServiceUrl, "19:group@thread.v2").ToJsonString(), _rig.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TeamsActivities.UserId, "29:user-2"], _rig.Handler.Received.Select(m => m.UserId));
        Assert.All(_rig.Handler.Received, m => Assert.Equal(IncomingKind.MemberAdded, m.Kind));
        Assert.Equal(ConversationScope.Group, _rig.Handler.Received[0].Address.Scope);
        var requests = await _rig.Connector.WaitForAsync(2);
        Assert.All(requests, r => Assert.Equal(EchoTurnHandler.Welcome, r.Json.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task A_channel_message_has_the_bots_own_mention_stripped_and_other_mentions_kept()
    {
        var activity = TeamsActivities.Message(_rig.Connector.ServiceUrl, "19:chan@thread.tacv2;messageid=42", "<at>UnionBot</at> ask <at>Li Lei</at> about leave", conversationType: "channel");
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "UnionBot" }, ["text"] = "<at>UnionBot</at>" },
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "29:user-2", ["name"] = "Li Lei" }, ["text"] = "<at>Li Lei</at>" },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "zh-CN" });
        activity["channelData"]!["team"] = new JsonObject { ["id"] = "19:team", ["name"] = "Warehouse team" };

        var response = await _rig.PostAsync(activity.ToJsonString(), _rig.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var incoming = Assert.Single(_rig.Handler.Received);
        Assert.Equal("ask <at>Li Lei</at> about leave", incoming.Text);
        Assert.Equal(ConversationScope.Channel, incoming.Address.Scope);
        Assert.Null(incoming.OrgUnit);
        await _rig.Connector.WaitForAsync(2);
    }

    [Fact]
    public async Task A_card_submit_arrives_as_a_CardSubmission_with_the_action_and_the_other_fields()
    {
        var activity = TeamsActivities.Message(_rig.Connector.ServiceUrl, "a:personal", null);
        activity["value"] = new JsonObject { ["action"] = "notHelpful", ["answerId"] = "a-7", ["msteams"] = new JsonObject { ["type"] = "messageBack" } };

        var response = await _rig.PostAsync(activity.ToJsonString(), _rig.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var incoming = Assert.Single(_rig.Handler.Received);
        Assert.Null(incoming.Text);
        Assert.Equal(CardActions.NotHelpful, incoming.Submission!.Action);
        Assert.Equal(new Dictionary<string, string> { ["answerId"] = "a-7" }, incoming.Submission.Data);
        var requests = await _rig.Connector.WaitForAsync(2);
        Assert.Equal("submitted: notHelpful", requests[1].Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_adaptiveCard_action_invoke_is_answered_in_the_HTTP_response_and_its_replies_go_through_the_Connector()
    {
        var response = await _rig.PostAsync(TeamsActivities.Invoke(_rig.Connector.ServiceUrl, "a:personal", "adaptiveCard/action").ToJsonString(), _rig.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Saved helpful", body.RootElement.GetProperty("value").GetString());
        var incoming = Assert.Single(_rig.Handler.Received);
        Assert.Equal(IncomingKind.CardInvoke, incoming.Kind);
        Assert.Equal("a-9", incoming.Submission!.Data["answerId"]);
        var sent = Assert.Single(await _rig.Connector.WaitForAsync(1));
        Assert.Equal("noted: helpful", sent.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_unknown_invoke_is_501_and_not_handled()
    {
        var response = await _rig.PostAsync(TeamsActivities.Invoke(_rig.Connector.ServiceUrl, "a:personal", "composeExtension/query").ToJsonString(), _rig.Token());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_rig.Handler.Received);
        Assert.Empty(_rig.Connector.Requests);
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_response_and_sends_nothing()
    {
        var activity = TeamsActivities.Message(_rig.Connector.ServiceUrl, "a:personal", "card");
        activity["deliveryMode"] = "expectReplies";

        var response = await _rig.PostAsync(activity.ToJsonString(), _rig.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("Fallback text", reply.GetProperty("summary").GetString());
        Assert.Equal("zh-CN", reply.GetProperty("locale").GetString());
        Assert.Empty(_rig.Connector.Requests);
    }

    [Fact]
    public async Task Events_typing_and_unknown_types_are_accepted_and_ignored()
    {
        foreach (var type in new[] { "event", "typing", "messageReaction", "somethingNew" })
        {
            var activity = TeamsActivities.Message(_rig.Connector.ServiceUrl, "a:personal", null);
            activity["type"] = type;
            activity["name"] = "handoff.status";
            activity["value"] = new JsonObject { ["state"] = "accepted" };

            var response = await _rig.PostAsync(activity.ToJsonString(), _rig.Token());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Empty(_rig.Handler.Received);
        Assert.Empty(_rig.Connector.Requests);
    }

    [Fact]
    public async Task A_failing_turn_is_500()
    {
        var response = await _rig.PostAsync(TeamsActivities.Message(_rig.Connector.ServiceUrl, "a:personal", "boom").ToJsonString(), _rig.Token());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task Head_is_200_for_the_Playground_probe_and_GET_is_405()
    {
        using var head = await _rig.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/messages"));
        using var get = await _rig.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    public static TheoryData<string, HttpStatusCode> Rejections => new()
    {
        { "malformed", HttpStatusCode.BadRequest },
        { "no-type", HttpStatusCode.BadRequest },
        { "no-conversation", HttpStatusCode.BadRequest },
        { "oversize", HttpStatusCode.RequestEntityTooLarge },
        { "no-token", HttpStatusCode.Unauthorized },
        { "bad-token", HttpStatusCode.Unauthorized },
        { "other-tenant", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task A_rejected_request_stores_nothing_handles_nothing_and_sends_nothing(string defect, HttpStatusCode expected)
    {
        var activity = TeamsActivities.Message(_rig.Connector.ServiceUrl, "a:personal", "hello");
        var token = _rig.Token();
        var body = activity.ToJsonString();
        switch (defect)
        {
            case "malformed": body = body[..^5]; break;
            case "no-type": activity.Remove("type"); body = activity.ToJsonString(); break;
            case "no-conversation": activity.Remove("conversation"); body = activity.ToJsonString(); break;
            case "oversize": activity["text"] = new string('x', 300 * 1024); body = activity.ToJsonString(); break;
            case "no-token": token = null; break;
            case "bad-token": token = _rig.Issuer.Mint("someone-else", _rig.Connector.ServiceUrl); break;
            case "other-tenant": body = TeamsActivities.Message(_rig.Connector.ServiceUrl, "a:personal", "hello", tenant: "tenant-other").ToJsonString(); break;
        }

        var response = await _rig.PostAsync(body, token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_rig.Store.References);
        Assert.Empty(_rig.Handler.Received);
        Assert.Empty(_rig.Connector.Requests);
    }
}

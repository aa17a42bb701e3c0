using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Assistant.Bot.Channels.DirectLine;
using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Bot.Tests.Channels.DirectLine;

/// <summary>Token expiry and refresh, retention, restarts and the WebSocket, each on its own bot.</summary>
public sealed class DirectLineLifetimeTests
{
    private const string SigningKey = "a-fixed-signing-key-for-restart-tests-0123456789";

    [Fact]
    public async Task Tokens_expire_and_can_be_refreshed_only_before_they_do()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var bot = new BotFactory(new() { ["DirectLine:TokenLifetimeSeconds"] = "600" });
        using var app = bot.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
        var client = new DirectLineClient(app.CreateClient());
        var grant = await client.StartedAsync();

        time.Advance(TimeSpan.FromSeconds(500));
        var refreshed = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/refresh", grant.Token, null);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(grant.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.Equal(600, body.GetProperty("expires_in").GetInt32());
        var fresh = grant with { Token = body.GetProperty("token").GetString()! };

        time.Advance(TimeSpan.FromSeconds(101));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.MessageAsync(grant, "你好", "old")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/tokens/refresh", grant.Token, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.MessageAsync(fresh, "你好", "new")).StatusCode);

        time.Advance(TimeSpan.FromSeconds(600));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Get,
            $"{DirectLineClient.Base}/conversations/{grant.ConversationId}/activities", fresh.Token, null)).StatusCode);
    }

    [Fact]
    public async Task Conversations_inactive_beyond_the_retention_are_purged_by_the_timer()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var bot = new BotFactory(new() { ["DirectLine:RetentionDays"] = "30" });
        using var app = bot.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
        var client = new DirectLineClient(app.CreateClient());
        var old = await client.StartedAsync();
        var store = app.Services.GetRequiredService<DirectLineStore>();

        time.Advance(TimeSpan.FromDays(29));
        var recent = await new DirectLineClient(app.CreateClient()).StartedAsync();
        time.Advance(TimeSpan.FromDays(1) + DirectLineRetention.Interval);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await store.GetConversationAsync(old.ConversationId, CancellationToken.None) is not null && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.Null(await store.GetConversationAsync(old.ConversationId, CancellationToken.None));
        Assert.Empty(await store.ActivitiesAfterAsync(old.ConversationId, 0, CancellationToken.None));
        Assert.NotNull(await store.GetConversationAsync(recent.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task After_a_restart_the_history_continues_from_the_watermark_and_the_page_resumes_the_conversation()
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = SigningKey };
        // Deleted after both bots: the first creates it, the second starts on it.
        using (var folder = new TempFolder(create: false))
        {
            DirectLineClient.Grant grant;
            string watermark, cookie;
            using (var first = new BotFactory(settings, folder.Path))
            {
                var http = first.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
                var token = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
                cookie = token.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
                var json = await token.Content.ReadFromJsonAsync<JsonElement>();
                grant = new(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!, json.GetProperty("userId").GetString()!, false);
                var client = new DirectLineClient(http);
                Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/conversations", grant.Token, null)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.MessageAsync(grant, "困难职工帮扶怎么申请？", "before")).StatusCode);
                (_, watermark) = await client.ActivitiesAsync(grant.ConversationId, grant.Token);
            }

            using var second = new BotFactory(settings, folder.Path);
            var again = new DirectLineClient(second.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }));
            again.Http.DefaultRequestHeaders.Add("Cookie", cookie);
            var (none, same) = await again.ActivitiesAsync(grant.ConversationId, grant.Token, watermark);
            Assert.Empty(none);
            Assert.Equal(watermark, same);
            Assert.Equal(HttpStatusCode.OK, (await again.MessageAsync(grant, "Can I stay anonymous when I raise a request?", "after", "en-US")).StatusCode);
            var (next, _) = await again.ActivitiesAsync(grant.ConversationId, grant.Token, watermark);
            Assert.Equal(grant.ConversationId + "|" + (long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString("0000000", System.Globalization.CultureInfo.InvariantCulture),
                next[0].GetProperty("id").GetString());
            Assert.Contains(next, a => a.GetRawText().Contains("Article 11", StringComparison.Ordinal));
            var (all, _) = await again.ActivitiesAsync(grant.ConversationId, grant.Token);
            Assert.Contains(all, a => a.GetRawText().Contains("第十九条", StringComparison.Ordinal));

            // A reload: the page's token call with the same cookie resumes this conversation.
            var resumed = await again.PageTokenAsync();
            Assert.True(resumed.Resumed);
            Assert.Equal(grant.ConversationId, resumed.ConversationId);
            Assert.Equal(grant.UserId, resumed.UserId);
            Assert.Equal(HttpStatusCode.OK, (await again.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/conversations", resumed.Token, null)).StatusCode);
        }
    }

    [Fact]
    public async Task A_trusted_header_names_the_user_only_when_configured()
    {
        using var open = new BotFactory();
        var anonymous = open.CreateClient();
        anonymous.DefaultRequestHeaders.Add("X-Remote-User", "zhang.san");
        var anonymousGrant = await new DirectLineClient(anonymous).PageTokenAsync();
        Assert.NotEqual("dl_zhang.san", anonymousGrant.UserId);

        using var proxied = new BotFactory(new() { ["DirectLine:TrustedUserHeader"] = "X-Remote-User" });
        var http = proxied.CreateClient();
        http.DefaultRequestHeaders.Add("X-Remote-User", "zhang.san");
        var grant = await new DirectLineClient(http).PageTokenAsync();
        Assert.Equal("dl_zhang.san", grant.UserId);
        Assert.Equal(grant.UserId, (await new DirectLineClient(http).PageTokenAsync()).UserId);

        // Names that are not plain logins are hashed, so two Chinese names never share an id.
        Assert.NotEqual(WebChatTokenEndpoint.FromTrustedName("张三"), WebChatTokenEndpoint.FromTrustedName("李四"));
        Assert.StartsWith("dl_", WebChatTokenEndpoint.FromTrustedName("张三"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_proxy_the_stream_url_is_built_from_the_public_base()
    {
        using var bot = new BotFactory(new() { ["DirectLine:PublicBaseUrl"] = "https://union.example.cn/assistant/" });
        var client = new DirectLineClient(bot.CreateClient());
        var grant = await client.PageTokenAsync();
        var start = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/conversations", grant.Token, null);
        var streamUrl = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString()!;
        Assert.StartsWith($"wss://union.example.cn/assistant/v3/directline/conversations/{grant.ConversationId}/stream?t=", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stream_replays_from_the_watermark_pushes_echo_typing_and_answer_and_a_new_socket_replaces_the_old()
    {
        using var bot = new BotFactory();
        var client = new DirectLineClient(bot.CreateClient());
        var grant = await client.StartedAsync();
        var sockets = bot.Server.CreateWebSocketClient();
        var streamUri = new Uri($"ws://localhost/v3/directline/conversations/{grant.ConversationId}/stream?t={Uri.EscapeDataString(grant.Token)}");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get,
            $"/v3/directline/conversations/other/stream?t={Uri.EscapeDataString(grant.Token)}", null, null)).StatusCode);

        using var first = await sockets.ConnectAsync(streamUri, CancellationToken.None);
        var replay = await ReceiveSetAsync(first);
        Assert.Equal("1", replay.GetProperty("watermark").GetString());
        Assert.Contains("职工权益助手", DirectLineClient.Text(replay.GetProperty("activities")[0]), StringComparison.Ordinal);
        await first.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None); // DirectLineJS ping

        Assert.Equal(HttpStatusCode.OK, (await client.MessageAsync(grant, "困难职工帮扶怎么申请？", "ws-1")).StatusCode);
        var seen = new List<JsonElement>();
        while (!seen.Any(a => a.GetRawText().Contains("第十九条", StringComparison.Ordinal)))
            seen.AddRange((await ReceiveSetAsync(first)).GetProperty("activities").EnumerateArray());
        Assert.Equal("ws-1", seen[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Contains(seen, a => a.GetProperty("type").GetString() == "typing");

        // Reconnect from watermark 2: only the answer comes again. The first socket is closed.
        var reconnect = await client.SendAsync(HttpMethod.Get, $"{DirectLineClient.Base}/conversations/{grant.ConversationId}?watermark=2", grant.Token, null);
        var newStream = (await reconnect.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString()!;
        Assert.Contains("watermark=2", newStream, StringComparison.Ordinal);
        using var second = await sockets.ConnectAsync(new Uri(streamUri + "&watermark=2"), CancellationToken.None);
        var resumed = await ReceiveSetAsync(second);
        Assert.Equal(grant.ConversationId + "|0000003", resumed.GetProperty("activities")[0].GetProperty("id").GetString());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[1024];
        WebSocketReceiveResult result;
        do
            result = await first.ReceiveAsync(buffer, timeout.Token);
        while (result.MessageType != WebSocketMessageType.Close);
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
    }

    private static async Task<JsonElement> ReceiveSetAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            using var message = new MemoryStream();
            var buffer = new byte[16 * 1024];
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            if (message.Length > 0)
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
        }
    }
}

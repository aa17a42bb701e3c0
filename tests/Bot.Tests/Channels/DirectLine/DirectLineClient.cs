using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Assistant.Bot.Tests.Channels.DirectLine;

/// <summary>Speaks Direct Line 3.0 to the bot like DirectLineJS does, over a test client.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public const string Base = "/v3/directline";

    public HttpClient Http { get; } = http;

    /// <summary>The page's call: a token for the (cookie) user's conversation.</summary>
    public async Task<Grant> PageTokenAsync()
    {
        var response = await Http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Grant(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!,
            json.GetProperty("userId").GetString()!, json.GetProperty("resumed").GetBoolean());
    }

    /// <summary>A page token whose conversation is started (welcome stored).</summary>
    public async Task<Grant> StartedAsync()
    {
        var grant = await PageTokenAsync();
        var start = await SendAsync(HttpMethod.Post, Base + "/conversations", grant.Token, """{"user":{"id":"r_page"}}""");
        Assert.True(start.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, start.StatusCode.ToString());
        return grant;
    }

    public Task<HttpResponseMessage> PostActivityAsync(string conversationId, string? token, string body) =>
        SendAsync(HttpMethod.Post, $"{Base}/conversations/{conversationId}/activities", token, body);

    public Task<HttpResponseMessage> MessageAsync(Grant grant, string text, string clientActivityId, string locale = "zh-CN") =>
        PostActivityAsync(grant.ConversationId, grant.Token, JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            textFormat = "plain",
            locale,
            from = new { id = "r_page", name = "", role = "user" },
            channelData = new { clientActivityID = clientActivityId },
        }));

    public async Task<(List<JsonElement> Activities, string Watermark)> ActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var response = await SendAsync(HttpMethod.Get, $"{Base}/conversations/{conversationId}/activities?watermark={watermark}", token, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. json.GetProperty("activities").EnumerateArray()], json.GetProperty("watermark").GetString()!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs; WebChat/4.18.1 (Full) 0.15.5)");
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return await Http.SendAsync(request);
    }

    public static string Text(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;

    public sealed record Grant(string ConversationId, string Token, string UserId, bool Resumed);
}

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assistant.Bench.Shared;

/// <summary>The client side of the bot's Direct Line as Web Chat speaks it: bearer-authenticated JSON POSTs and the activity stream.</summary>
internal static class DirectLineWire
{
    public static async Task<JsonNode> PostJsonAsync(HttpClient http, string path, string bearer, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
    }

    /// <summary>
    /// Reads activity sets from <paramref name="socket"/> until it closes or <paramref name="stop"/>, calling
    /// <paramref name="onActivity"/> for each activity with the <see cref="Stopwatch"/> timestamp its frame arrived at.
    /// </summary>
    public static async Task ReceiveAsync(ClientWebSocket socket, Action<JsonElement, long> onActivity, CancellationToken stop)
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, stop);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                    continue;
                var arrived = Stopwatch.GetTimestamp();
                var frame = message.ToArray();
                message.SetLength(0);
                if (frame.Length == 0)
                    continue;
                using var set = JsonDocument.Parse(frame);
                foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
                    onActivity(activity, arrived);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Assistant.Bench.Shared;

namespace Assistant.Bench.TurnLoad;

/// <summary>
/// Web Chat's traffic against the bot's own Direct Line endpoint: each conversation gets a token from the secret,
/// starts, opens its WebSocket, and posts questions one after another; a turn's latency runs from the POST to the
/// bot's reply (replyToId = the posted activity) arriving on the socket.
/// </summary>
internal sealed class DirectLineLoad(TurnLoadOptions options, string secret, IReadOnlyList<string> questions)
{
    private readonly HttpClient _http = new() { BaseAddress = options.Bot, Timeout = options.TurnTimeout };

    public async Task<(List<double> Latencies, int Lost, int Duplicates)> RunAsync(int conversations, int turns, string prefix)
    {
        var latencies = new ConcurrentBag<double>();
        var lost = 0;
        var duplicates = 0;
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
        {
            var (l, d) = await ConversationAsync($"dl_{prefix}{c}", turns, c, latencies);
            Interlocked.Add(ref lost, l);
            Interlocked.Add(ref duplicates, d);
        }));
        return (latencies.ToList(), lost, duplicates);
    }

    private async Task<(int Lost, int Duplicates)> ConversationAsync(string user, int turns, int slot, ConcurrentBag<double> latencies)
    {
        var token = await PostJsonAsync("/v3/directline/tokens/generate", secret, new JsonObject { ["user"] = new JsonObject { ["id"] = user } });
        var started = await PostJsonAsync("/v3/directline/conversations", token["token"]!.GetValue<string>(), new JsonObject());
        var bearer = started["token"]!.GetValue<string>();
        var conversation = started["conversationId"]!.GetValue<string>();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), CancellationToken.None);

        var replies = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
        var seen = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();
        var receiving = ReceiveAsync(socket, user, replies, seen, stop.Token);

        var lost = 0;
        for (var turn = 0; turn < turns; turn++)
        {
            var question = questions[(slot * 31 + turn) % questions.Count];
            var begin = Stopwatch.GetTimestamp();
            try
            {
                var posted = await PostJsonAsync($"/v3/directline/conversations/{Uri.EscapeDataString(conversation)}/activities", bearer, new JsonObject
                {
                    ["type"] = "message",
                    ["from"] = new JsonObject { ["id"] = user },
                    ["text"] = question,
                    ["locale"] = "zh-CN",
                    ["channelData"] = new JsonObject { ["clientActivityID"] = $"{user}-{turn}" },
                });
                var id = posted["id"]!.GetValue<string>();
                var arrived = await replies.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(options.TurnTimeout);
                latencies.Add(Stopwatch.GetElapsedTime(begin, arrived).TotalMilliseconds);
            }
            catch (Exception e) when (e is TimeoutException or HttpRequestException or TaskCanceledException or WebSocketException)
            {
                lost++;
            }
        }
        stop.Cancel();
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
        await receiving;
        return (lost, seen.Values.Count(v => v > 1));
    }

    private static Task ReceiveAsync(
        ClientWebSocket socket, string user, ConcurrentDictionary<string, TaskCompletionSource<long>> replies,
        ConcurrentDictionary<string, int> seen, CancellationToken stop) =>
        DirectLineWire.ReceiveAsync(socket, (activity, arrived) =>
        {
            if (activity.GetProperty("type").GetString() != "message" ||
                activity.GetProperty("from").GetProperty("id").GetString() == user ||
                !activity.TryGetProperty("replyToId", out var replyTo) || replyTo.GetString() is not { } id)
                return;
            var text = activity.TryGetProperty("text", out var t) ? t.GetString() : null;
            seen.AddOrUpdate(id + "|" + text, 1, (_, n) => n + 1);
            replies.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(arrived);
        }, stop);

    private Task<JsonNode> PostJsonAsync(string path, string bearer, JsonObject body) =>
        DirectLineWire.PostJsonAsync(_http, path, bearer, body, CancellationToken.None);
}

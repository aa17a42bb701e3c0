using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Assistant.Bench.Shared;

namespace Assistant.Bench.CaseLoad;

/// <summary>
/// An employee in Web Chat, as Web Chat talks to the bot's own Direct Line endpoint: a token from the secret, a
/// conversation, its WebSocket open. Every bot message arriving on the socket is time-stamped on arrival, so a waiter
/// can ask for the first one whose text contains a marker.
/// </summary>
internal sealed class DirectLineEmployee : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<(string Text, long Arrived)> _arrived = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly string _user;
    private string _bearer = "";
    private string _conversation = "";
    private Task _receiving = Task.CompletedTask;

    private DirectLineEmployee(Uri bot, string user)
    {
        _http = new HttpClient { BaseAddress = bot, Timeout = TimeSpan.FromSeconds(30) };
        _user = user;
    }

    public static async Task<DirectLineEmployee> StartAsync(Uri bot, string secret, string user, CancellationToken cancellationToken)
    {
        var employee = new DirectLineEmployee(bot, user);
        var token = await employee.PostJsonAsync("/v3/directline/tokens/generate", secret, new JsonObject { ["user"] = new JsonObject { ["id"] = user } }, cancellationToken);
        var started = await employee.PostJsonAsync("/v3/directline/conversations", token["token"]!.GetValue<string>(), new JsonObject(), cancellationToken);
        employee._bearer = started["token"]!.GetValue<string>();
        employee._conversation = started["conversationId"]!.GetValue<string>();
        await employee._socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), cancellationToken);
        employee._receiving = employee.ReceiveAsync();
        return employee;
    }

    /// <summary>Posts a message activity (text and/or a card submission value) as the employee.</summary>
    public Task SendAsync(string? text, JsonObject? value, CancellationToken cancellationToken) =>
        PostJsonAsync($"/v3/directline/conversations/{Uri.EscapeDataString(_conversation)}/activities", _bearer, new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = _user },
            ["text"] = text,
            ["value"] = value,
            ["locale"] = "zh-CN",
        }, cancellationToken);

    /// <summary>The <see cref="Stopwatch"/> timestamp at which a bot message containing <paramref name="marker"/> arrived.</summary>
    public async Task<long> WaitForAsync(string marker, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            while (true)
            {
                while (_arrived.TryDequeue(out var message))
                {
                    // Messages are awaited one at a time, so one that does not match was an earlier, unrelated one.
                    if (message.Text.Contains(marker, StringComparison.Ordinal))
                        return message.Arrived;
                }
                await _signal.WaitAsync(limit.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no bot message containing '{marker}' within {timeout.TotalSeconds} s");
        }
    }

    private Task ReceiveAsync() =>
        DirectLineWire.ReceiveAsync(_socket, (activity, arrived) =>
        {
            if (activity.GetProperty("type").GetString() != "message" || activity.GetProperty("from").GetProperty("id").GetString() == _user)
                return;
            // The whole activity as text: a card (the case confirmation is one) carries its text inside attachments.
            _arrived.Enqueue((activity.GetRawText(), arrived));
            _signal.Release();
        }, _stop.Token);

    private Task<JsonNode> PostJsonAsync(string path, string bearer, JsonObject body, CancellationToken cancellationToken) =>
        DirectLineWire.PostJsonAsync(_http, path, bearer, body, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
        await _receiving;
        _socket.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }
}

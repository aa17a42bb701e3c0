using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Assistant.Bot.Tests.Storage.Support;

/// <summary>A Direct Line WebSocket as DirectLineJS holds it: every activity pushed, and a wait for a condition on them.</summary>
public sealed class ActivityStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly List<JsonElement> _activities = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    public static async Task<ActivityStream> ConnectAsync(Uri bot, string conversationId, string token)
    {
        var stream = new ActivityStream();
        var address = new Uri($"ws://{bot.Authority}/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}");
        await stream._socket.ConnectAsync(address, CancellationToken.None);
        stream._reading = stream.ReadAsync();
        return stream;
    }

    /// <summary>The activities received so far.</summary>
    public IReadOnlyList<JsonElement> Activities
    {
        get
        {
            lock (_activities)
                return [.. _activities];
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the received activities; fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(Func<IReadOnlyList<JsonElement>, bool> condition, TimeSpan timeout, string what)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (!condition(Activities))
        {
            try
            {
                await _arrived.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Not received within {timeout}: {what}. Received: {string.Join(" | ", Activities.Select(Text))}");
            }
        }

        return Activities;
    }

    public static string Text(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "";

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, _stop.Token);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                if (frame.Length == 0)
                    continue;
                using var document = JsonDocument.Parse(frame.ToArray());
                lock (_activities)
                    _activities.AddRange(document.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()));
                _arrived.Release();
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _socket.Dispose();
        _stop.Dispose();
        _arrived.Dispose();
    }
}

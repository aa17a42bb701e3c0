using System.Collections.Concurrent;
using System.Text.Json;

namespace Assistant.Bench.TurnLoad;

/// <summary>
/// A loopback Bot Connector: accepts the bot's replies (201 with an id, 202 for typing) and completes the waiting turn
/// when the message answering it arrives. Counts replies per turn, so duplicates show.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DateTime>> _waiting = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> _replies = new();
    private WebApplication? _app;
    private long _ids;

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Turns where the same message arrived more than once (a turn may legitimately send two different ones).</summary>
    public int Duplicates => _replies.Values.Count(texts => texts.Count != texts.Distinct(StringComparer.Ordinal).Count());

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", connector.ReceiveAsync);
        app.MapPost("/v3/conversations/{conversation}/activities", connector.ReceiveAsync);
        await app.StartAsync();
        connector._app = app;
        connector.ServiceUrl = app.Urls.First() + "/";
        return connector;
    }

    public Task<DateTime> Expect(string conversation, string activityId)
    {
        var waiting = new TaskCompletionSource<DateTime>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[conversation + "|" + activityId] = waiting;
        return waiting.Task;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, string conversation, string? replyTo = null)
    {
        var arrived = DateTime.UtcNow;
        using var body = await JsonDocument.ParseAsync(request.Body);
        var type = body.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "typing")
            return Results.StatusCode(StatusCodes.Status202Accepted);
        var key = Uri.UnescapeDataString(conversation) + "|" + (replyTo ?? string.Empty);
        var text = body.RootElement.TryGetProperty("text", out var t2) ? t2.GetString() ?? string.Empty : string.Empty;
        _replies.GetOrAdd(key, _ => []).Add(text);
        if (_waiting.TryRemove(key, out var waiting))
            waiting.TrySetResult(arrived);
        return Results.Json(new { id = "r" + Interlocked.Increment(ref _ids) }, statusCode: StatusCodes.Status201Created);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}

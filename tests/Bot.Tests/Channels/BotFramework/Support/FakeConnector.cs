using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>
/// The Bot Connector on loopback: records every request; 202 for typing, 201 {id} otherwise (200 {id} for an update),
/// and for a new channel thread Teams' answer <c>{id:"&lt;channel&gt;;messageid=&lt;id&gt;", activityId}</c>.
/// <see cref="Fail"/> makes chosen requests fail with a status code, as a Connector outage would.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Channel<RecordedRequest> _arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private LoopbackServer? _server;
    private int _ids;

    public string ServiceUrl => _server!.BaseAddress + "/connector/";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>When set and returning a status for a request, that request is recorded and answered with it and an error body.</summary>
    public Func<RecordedRequest, int?>? Fail { get; set; }

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.Run(connector.HandleAsync));
        return connector;
    }

    /// <summary>Waits (without sleeping) until <paramref name="count"/> requests have arrived in total.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(int count)
    {
        // Generous: outbox retries go through HTTP retries and sweeps, and the machine is shared by several test runs.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (_requests.Count < count)
            await _arrivals.Reader.ReadAsync(timeout.Token);
        return Requests;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawPath = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var request = new RecordedRequest(context.Request.Method, rawPath, context.Request.Headers.Authorization.FirstOrDefault(), body);
        _requests.Enqueue(request);
        _arrivals.Writer.TryWrite(request);
        if (Fail?.Invoke(request) is { } failure)
        {
            context.Response.StatusCode = failure;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"code":"ServiceError","message":"Injected failure."}}""");
            return;
        }

        if (body.Contains("\"type\":\"typing\"", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        var id = "act-" + Interlocked.Increment(ref _ids);
        context.Response.ContentType = "application/json";
        if (HttpMethods.IsPut(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            await context.Response.WriteAsync(JsonSerializer.Serialize(new { id = Uri.UnescapeDataString(rawPath[(rawPath.LastIndexOf('/') + 1)..]) }));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status201Created;
        await context.Response.WriteAsync(rawPath.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? JsonSerializer.Serialize(new { id = ThreadChannel(request) is { } channel ? channel + ";messageid=" + id : "conv-" + id, activityId = id })
            : JsonSerializer.Serialize(new { id }));
    }

    private static string? ThreadChannel(RecordedRequest request) =>
        request.Json.TryGetProperty("channelData", out var data) && data.TryGetProperty("channel", out var channel)
        && channel.TryGetProperty("id", out var id) ? id.GetString() : null;

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}

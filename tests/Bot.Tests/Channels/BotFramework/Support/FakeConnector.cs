using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>The Bot Connector on loopback: records every request; 202 for typing, 201 {id} otherwise.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Channel<RecordedRequest> _arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private LoopbackServer? _server;
    private int _ids;

    public string ServiceUrl => _server!.BaseAddress + "/connector/";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.Run(connector.HandleAsync));
        return connector;
    }

    /// <summary>Waits (without sleeping) until <paramref name="count"/> requests have arrived in total.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
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
        if (body.Contains("\"type\":\"typing\"", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        var id = "act-" + Interlocked.Increment(ref _ids);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(rawPath.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? JsonSerializer.Serialize(new { id = "conv-" + id, activityId = id })
            : JsonSerializer.Serialize(new { id }));
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}

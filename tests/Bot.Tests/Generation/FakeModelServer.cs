using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Generation;

/// <summary>
/// A model service on loopback speaking the real chat completions protocol for both connectors: Azure
/// (<c>/openai/deployments/{deployment}/chat/completions</c>, <c>api-key</c>) and OpenAI-compatible
/// (<c>/v1/chat/completions</c>, bearer). Records every request and answers from a script.
/// </summary>
public sealed class FakeModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeModelServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeModelServer(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleAsync);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    /// <summary>Queues replies, answered in order; when the script runs out the server answers 500.</summary>
    public FakeModelServer Reply(params ScriptedReply[] replies)
    {
        foreach (var reply in replies)
            _script.Enqueue(reply);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Path.Value!,
            context.Request.QueryString.Value ?? "",
            context.Request.Headers["api-key"].FirstOrDefault(),
            context.Request.Headers.Authorization.FirstOrDefault(),
            body));

        var reply = _script.TryDequeue(out var next) ? next : ScriptedReply.Error(500);
        reply.Arrived?.TrySetResult();
        if (reply.Hold is not null)
        {
            var aborted = new TaskCompletionSource();
            await using var registration = context.RequestAborted.Register(() => aborted.TrySetResult());
            await Task.WhenAny(reply.Hold, aborted.Task);
            if (context.RequestAborted.IsCancellationRequested)
                return;
        }

        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is not null)
            context.Response.Headers.RetryAfter = reply.RetryAfter;
        context.Response.ContentType = "application/json";
        if (reply.Status != 200)
        {
            await context.Response.WriteAsync(
                """{"error":{"message":"scripted failure","type":"server_error","code":null}}""", context.RequestAborted);
            return;
        }

        using var request = JsonDocument.Parse(body);
        var model = request.RootElement.TryGetProperty("model", out var m) ? m.GetString() : "fake-model";
        await context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-" + Guid.NewGuid().ToString("N"),
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model,
            choices = new[]
            {
                new
                {
                    index = 0,
                    message = new { role = "assistant", content = reply.Content },
                    finish_reason = "stop",
                },
            },
            usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
        }, context.RequestAborted);
    }
}

using System.Net.WebSockets;
using System.Text;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET /conversations/{id}/stream?t=&amp;watermark=</c>: the WebSocket. Replays the history after the watermark,
/// then pushes newly stored activities as ActivitySet frames and typing as a frame without a watermark, in the
/// order they happened.
/// Client frames (DirectLineJS pings) are read and ignored; an empty frame every 15 s keeps proxies from closing it
/// (with a shared database the socket also looks for activities it was not woken for then).
/// </summary>
internal sealed class DirectLineStream(
    DirectLineApi api, DirectLineStore store, ConversationStreams streams, TimeProvider time, ILogger<DirectLineStream> logger)
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task<IResult> HandleAsync(HttpContext context, string conversationId)
    {
        var access = await api.AuthorizeAsync(context, conversationId, context.Request.Query["t"].ToString());
        if (access.Error is not null)
            return access.Error;
        if (!DirectLineApi.TryWatermark(context, out var watermark))
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The watermark is not a number.");
        if (!context.WebSockets.IsWebSocketRequest)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "This address takes WebSocket connections only.");

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var session = streams.Open(conversationId);
        DirectLineLog.StreamOpened(logger, conversationId, watermark);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, session.Replaced);
        var receiving = ReceiveAsync(socket, stop);
        try
        {
            watermark = await SendNewAsync(socket, conversationId, watermark, stop.Token);
            while (!stop.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                wait.CancelAfter(KeepAlive);
                StreamSignal signal;
                try
                {
                    signal = await session.Signals.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    // Shared database: look for other instances' activities too, in case a notification was lost.
                    var before = watermark;
                    if (store.IsShared)
                        watermark = await SendNewAsync(socket, conversationId, watermark, stop.Token);
                    if (watermark == before)
                        await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, stop.Token);
                    continue;
                }

                if (signal.Ephemeral is { } ephemeral)
                    await SendAsync(socket, ActivitySet.Ephemeral(ephemeral), stop.Token, watermark);
                else if (signal.UpTo > watermark)
                    watermark = await SendNewAsync(socket, conversationId, watermark, stop.Token, signal.UpTo);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            streams.Close(conversationId, session);
            // Close cleanly while the receive loop still runs (cancelling a receive aborts the socket).
            await CloseAsync(socket, session.Replaced.IsCancellationRequested);
            await stop.CancelAsync();
            await receiving;
            DirectLineLog.StreamClosed(logger, conversationId);
        }

        return Results.Empty;
    }

    private async Task<long> SendNewAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken, long upTo = long.MaxValue)
    {
        var activities = await store.ActivitiesAfterAsync(conversationId, watermark, cancellationToken, upTo);
        if (activities.Count == 0)
            return watermark;
        return await SendAsync(socket, ActivitySet.Write(activities, watermark), cancellationToken, activities[^1].Seq);
    }

    private static async Task<long> SendAsync(WebSocket socket, string frame, CancellationToken cancellationToken, long watermark)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, cancellationToken);
        return watermark;
    }

    private static async Task ReceiveAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[4096];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }

        await stop.CancelAsync();
    }

    private async Task CloseAsync(WebSocket socket, bool replaced)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
        try
        {
            await socket.CloseOutputAsync(
                WebSocketCloseStatus.NormalClosure, replaced ? "Replaced by a newer connection." : null, timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
    }
}

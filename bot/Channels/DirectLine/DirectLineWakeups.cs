using System.Globalization;
using Assistant.Bot.Storage;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// With PostgreSQL, activities may be appended by another instance (a reply sent by the instance that delivered an
/// officer's message) while this one holds the conversation's WebSocket: LISTEN for the appends and wake the local
/// socket, and for typing announced by any instance and push it. After a lost connection every open socket is woken once to catch up on what was missed; the sockets also
/// poll on their keep-alive tick as a safety net. With SQLite (one instance) this does nothing: wake-ups are in process.
/// </summary>
internal sealed class DirectLineWakeups(IStoreDatabase database, ConversationStreams streams, TimeProvider time, ILogger<DirectLineWakeups> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromSeconds(30);

    /// <summary>Set each time the LISTEN is in place (tests wait for it before appending elsewhere).</summary>
    public TaskCompletionSource Listening { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database is not PostgresDatabase postgres)
            return;
        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await postgres.ListenAsync([DirectLineStore.ActivityChannel, DirectLineStore.EphemeralChannel], Received, () =>
                {
                    retry = FirstRetry;
                    streams.WakeAll();
                    Listening.TrySetResult();
                }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                DirectLineLog.ListenFailed(logger, exception.GetType().Name, retry);
                Listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
                try
                {
                    await Task.Delay(retry, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, MaxRetry.Ticks));
            }
        }
    }

    private void Received(string channel, string payload)
    {
        if (channel == DirectLineStore.EphemeralChannel)
        {
            var newline = payload.IndexOf('\n', StringComparison.Ordinal);
            if (newline > 0)
                streams.Ephemeral(payload[..newline], payload[(newline + 1)..]);
            return;
        }

        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && long.TryParse(payload.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            streams.Wake(payload[(colon + 1)..], seq);
    }
}

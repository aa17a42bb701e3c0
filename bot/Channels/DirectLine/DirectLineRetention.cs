using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>Deletes conversations inactive for longer than <see cref="DirectLineOptions.RetentionDays"/>: at start, then hourly.</summary>
internal sealed class DirectLineRetention(
    DirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineRetention> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await PurgeOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One sweep; a failure is logged and the next sweep tries again.</summary>
    public async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddDays(-options.Value.RetentionDays);
        try
        {
            var purged = await store.PurgeAsync(cutoff, cancellationToken);
            if (purged > 0)
                DirectLineLog.Purged(logger, purged, cutoff);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            DirectLineLog.PurgeFailed(logger, exception);
        }
    }
}

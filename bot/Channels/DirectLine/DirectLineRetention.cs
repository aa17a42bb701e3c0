using Assistant.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>Deletes conversations inactive for longer than <see cref="DirectLineOptions.RetentionDays"/>: at start, then hourly.</summary>
internal sealed class DirectLineRetention(
    DirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineRetention> logger) : HourlySweep(time)
{
    protected override Task SweepAsync(CancellationToken cancellationToken) => PurgeOnceAsync(cancellationToken);

    /// <summary>One sweep; a failure is logged and the next sweep tries again.</summary>
    public async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = Time.GetUtcNow().AddDays(-options.Value.RetentionDays);
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

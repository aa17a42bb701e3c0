using Microsoft.Extensions.Options;

namespace Assistant.Bot.Handoff.Cases;

/// <summary>
/// Ticks on the <see cref="TimeProvider"/>: cases past their claim or reply deadline move one level up (that level is
/// told through the outbox), and transcripts of cases closed longer than the retention are purged.
/// </summary>
public sealed class EscalationService(
    ICaseStore store, CaseService cases, IOptions<HandoffOptions> options, TimeProvider time, ILogger<EscalationService> logger) : BackgroundService
{
    /// <summary>One pass: escalates what is overdue now, purges old transcripts; returns how many cases escalated.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        var escalated = 0;
        var now = time.GetUtcNow();
        foreach (var overdue in await store.OverdueAsync(now, cancellationToken))
        {
            if (await cases.EscalateAsync(overdue, cancellationToken))
                escalated++;
        }
        var purged = await store.PurgeTranscriptsAsync(now - TimeSpan.FromDays(options.Value.TranscriptRetentionDays), now, cancellationToken);
        if (purged > 0)
            HandoffLog.Purged(logger, purged);
        return escalated;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.EscalationIntervalSeconds), time);
        try
        {
            do
            {
                try
                {
                    await TickAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    HandoffLog.TickFailed(logger, exception.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

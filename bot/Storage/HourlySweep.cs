namespace Assistant.Bot.Storage;

/// <summary>A retention sweep: once at start, then hourly on the <see cref="TimeProvider"/>. Each sweep handles its own failures.</summary>
internal abstract class HourlySweep(TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>The clock the sweeps run on.</summary>
    protected TimeProvider Time { get; } = time;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        do
        {
            await SweepAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One sweep; must not throw (log instead), so the next one still runs.</summary>
    protected abstract Task SweepAsync(CancellationToken cancellationToken);
}

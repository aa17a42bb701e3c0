namespace Assistant.Bot.Handoff.Cases;

/// <summary>Wakes the outbox dispatcher when a notification was written, so it is sent at once rather than on the next sweep.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_pending.CurrentCount == 0)
                _pending.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    /// <summary>Waits for a signal or <paramref name="timeout"/> on <paramref name="time"/>.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await _pending.WaitAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

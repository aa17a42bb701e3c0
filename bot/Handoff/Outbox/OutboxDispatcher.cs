using Assistant.Bot.Conversations;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Routing;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Handoff.Outbox;

/// <summary>
/// Delivers the outbox: employee messages through the <see cref="IConversationMessenger"/> of the case's channel,
/// officer notices through <see cref="IOfficerNotifier"/>. Runs at once when signalled and sweeps on an interval of
/// the <see cref="TimeProvider"/>; a failed delivery is retried with doubling delays, when due rather than at the next sweep. Messages of one case to one
/// recipient go in order: a later one waits for an earlier undelivered one. Rows are leased before they are sent, so
/// instances sharing a PostgreSQL database never send the same row twice while the lease lasts.
/// </summary>
public sealed class OutboxDispatcher(
    ICaseStore store,
    CaseRouter router,
    CaseReplies replies,
    IEnumerable<IConversationMessenger> messengers,
    IOfficerNotifier notifier,
    OutboxSignal signal,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int Batch = 50;
    private const int MaxPasses = 20;
    private readonly SemaphoreSlim _gate = new(1, 1);

    // A failed delivery sets a timer that wakes the loop when its retry is due, rather than at the next sweep; the
    // earliest pending retry wins. Retries scheduled by other instances are found by the sweep.
    private readonly Lock _retryLock = new();
    private ITimer? _retryTimer;
    private DateTimeOffset? _retryDue;

    /// <summary>Sends every due message once; returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var delivered = 0;
            // A delivery can release a later message of the same case; pass again until a pass delivers nothing.
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var before = delivered;
                delivered += await PassAsync(cancellationToken);
                if (delivered == before)
                    break;
            }
            return delivered;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        var now = time.GetUtcNow();
        var leased = await store.LeaseDueOutboxAsync(now, now + TimeSpan.FromSeconds(options.Value.OutboxLeaseSeconds), Batch, cancellationToken);
        var unsent = leased.Select(m => m.Id).ToHashSet();
        try
        {
            foreach (var message in leased)
            {
                if (await SendAsync(message, cancellationToken))
                    delivered++;
                unsent.Remove(message.Id);
            }
        }
        finally
        {
            // Stopping (or a store error) mid-batch: hand the rest back now rather than when their lease ends.
            if (unsent.Count > 0)
                await ReleaseAsync(unsent);
        }
        return delivered;
    }

    private async Task<bool> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        string? error;
        try
        {
            error = await DeliverAsync(message, cancellationToken) ? null : "not delivered";
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            error = exception.GetType().Name;
        }

        if (error is null)
        {
            await store.MarkDeliveredAsync(message.Id, time.GetUtcNow(), cancellationToken);
            return true;
        }
        var attempts = message.Attempts + 1;
        var delay = TimeSpan.FromSeconds(Math.Min(
            options.Value.OutboxFirstRetrySeconds * Math.Pow(2, attempts - 1), options.Value.OutboxMaxRetrySeconds));
        var next = time.GetUtcNow() + delay;
        await store.MarkFailedAsync(message.Id, attempts, next, cancellationToken);
        WakeAt(next, delay);
        HandoffLog.DeliveryFailed(logger, message.Id, message.CaseId, attempts, error, next);
        return false;
    }

    private async Task ReleaseAsync(IReadOnlyCollection<long> outboxIds)
    {
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5), time);
            await store.ReleaseLeasesAsync(outboxIds, limit.Token);
        }
        catch (Exception exception)
        {
            // The leases then end by themselves (OutboxLeaseSeconds).
            HandoffLog.TickFailed(logger, exception.GetType().Name);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.OutboxIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
                await signal.WaitAsync(interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                HandoffLog.TickFailed(logger, exception.GetType().Name);
                await signal.WaitAsync(interval, time, stoppingToken);
            }
        }
    }

    private void WakeAt(DateTimeOffset due, TimeSpan delay)
    {
        lock (_retryLock)
        {
            if (_retryDue is { } pending && pending <= due && pending > time.GetUtcNow())
                return;
            _retryTimer?.Dispose();
            _retryDue = due;
            _retryTimer = time.CreateTimer(static state => ((OutboxSignal)state!).Notify(), signal, delay, Timeout.InfiniteTimeSpan);
        }
    }

    public override void Dispose()
    {
        lock (_retryLock)
            _retryTimer?.Dispose();
        base.Dispose();
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var handoffCase = await store.GetAsync(message.CaseId, cancellationToken);
        if (handoffCase is null)
            return true;
        if (message.Kind == OutboxKinds.Employee)
        {
            // Several channels may claim the channel id (Bot Connector, Direct Line): the one holding the reference delivers.
            var reply = replies.FromOutbox(message, handoffCase);
            foreach (var messenger in messengers.Where(m => m.Handles(handoffCase.Address.ChannelId)))
            {
                if (await messenger.SendAsync(handoffCase.Address, reply, cancellationToken))
                    return true;
            }
            return false;
        }
        var officers = message.Event is CaseActions.EmployeeMessage or CaseActions.EndedByEmployee or CaseActions.Claimed or CaseActions.Resolved or CaseActions.Rated
                && router.Officer(handoffCase.OfficerId) is { } owner
            ? [owner.Id]
            : router.OfficersOf(handoffCase.Branch, handoffCase.OrgUnit, message.Level).Select(o => o.Id).ToList();
        return await notifier.NotifyAsync(
            new OfficerNotice(handoffCase.Id, message.Event, message.Level, router.LevelName(message.Level), handoffCase.Branch, officers, message.Text),
            cancellationToken);
    }
}

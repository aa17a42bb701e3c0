using System.Collections.Concurrent;
using System.Threading.Channels;
using Assistant.Bot.Handoff.Outbox;

namespace Assistant.Bot.Tests.Handoff.Support;

/// <summary>Records officer notices; tests can await one without sleeping.</summary>
public sealed class RecordingNotifier : IOfficerNotifier
{
    private readonly Channel<OfficerNotice> _arrivals = Channel.CreateUnbounded<OfficerNotice>();

    public ConcurrentQueue<OfficerNotice> Notices { get; } = new();

    public Task<bool> NotifyAsync(OfficerNotice notice, CancellationToken cancellationToken)
    {
        Notices.Enqueue(notice);
        _arrivals.Writer.TryWrite(notice);
        return Task.FromResult(true);
    }

    /// <summary>The first notice (already arrived or arriving within 10 s) that matches.</summary>
    public async Task<OfficerNotice> WaitForAsync(Func<OfficerNotice, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var notice = await _arrivals.Reader.ReadAsync(timeout.Token);
            if (match(notice))
                return notice;
        }
    }
}

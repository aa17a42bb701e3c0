using System.Collections.Concurrent;
using Assistant.Bot.Handoff;

namespace Assistant.Bot.Tests.Handoff.Support;

/// <summary>Records officer notices.</summary>
public sealed class RecordingNotifier : IOfficerNotifier
{
    public ConcurrentQueue<OfficerNotice> Notices { get; } = new();

    public Task<bool> NotifyAsync(OfficerNotice notice, CancellationToken cancellationToken)
    {
        Notices.Enqueue(notice);
        return Task.FromResult(true);
    }
}

namespace Assistant.Bot.Handoff.Outbox;

/// <summary>
/// The embedded default: officers learn of cases from the officer API's queue (<c>GET /api/officer/cases?status=queued</c>);
/// the notice is logged (case id, event, level, how many officers) and counts as delivered.
/// </summary>
internal sealed class QueueOfficerNotifier(ILogger<QueueOfficerNotifier> logger) : IOfficerNotifier
{
    public Task<bool> NotifyAsync(OfficerNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        HandoffLog.OfficersNotified(logger, notice.CaseId, notice.Event, notice.Level, notice.OfficerIds.Count);
        return Task.FromResult(true);
    }
}

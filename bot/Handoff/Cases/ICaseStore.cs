namespace Assistant.Bot.Handoff.Cases;

/// <summary>Cases, transcripts, the audit trail and the outbox. SQLite by default or PostgreSQL (<c>SqlCaseStore</c>), one contract.</summary>
public interface ICaseStore
{
    /// <summary>Stores a new case with its first transcript, audit and outbox rows; returns it with its number.</summary>
    Task<HandoffCase> CreateAsync(HandoffCase draft, CaseChange change, CancellationToken cancellationToken);

    Task<HandoffCase?> GetAsync(long caseId, CancellationToken cancellationToken);

    /// <summary>The conversation's most recent case, whatever its status.</summary>
    Task<HandoffCase?> GetLatestAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <see cref="CaseQuery.Limit"/> cases of the query's status and branch (each when given), newest activity first
    /// (updated_at descending, then id descending), strictly after <see cref="CaseQuery.Before"/> when given.
    /// </summary>
    Task<IReadOnlyList<HandoffCase>> ListAsync(CaseQuery query, CancellationToken cancellationToken);

    /// <summary>Waiting cases past their claim deadline and owned cases past their reply deadline.</summary>
    Task<IReadOnlyList<HandoffCase>> OverdueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the case row when it still has <paramref name="expectedVersion"/> and one of
    /// <paramref name="expectedStatuses"/>, and writes <paramref name="change"/> in the same transaction.
    /// Returns the stored case, or null when another change won (nothing written).
    /// </summary>
    Task<HandoffCase?> UpdateAsync(
        HandoffCase updated, long expectedVersion, IReadOnlyCollection<CaseStatus> expectedStatuses, CaseChange change, CancellationToken cancellationToken);

    Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(long caseId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CaseEvent>> GetAuditAsync(long caseId, CancellationToken cancellationToken);

    Task AppendAuditAsync(CaseEvent entry, CancellationToken cancellationToken);

    /// <summary>Appends several audit entries (of any cases) in one transaction: all or none.</summary>
    Task AppendAuditAsync(IReadOnlyCollection<CaseEvent> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Undelivered notifications due at <paramref name="now"/>, oldest first, each the first undelivered one of its case
    /// and recipient, leased to the caller until <paramref name="leaseUntil"/>: no other dispatcher (of any instance)
    /// gets them before they are marked or the lease ends (a crashed instance's rows are then handed out again).
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> LeaseDueOutboxAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>Ends the leases of notifications the caller took but will not send (it is stopping); they are due again at once.</summary>
    Task ReleaseLeasesAsync(IReadOnlyCollection<long> outboxIds, CancellationToken cancellationToken);

    /// <summary>Marks a leased notification delivered (and ends its lease).</summary>
    Task MarkDeliveredAsync(long outboxId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt and when to try next (and ends its lease).</summary>
    Task MarkFailedAsync(long outboxId, int attempts, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>Deletes the transcripts of cases closed before <paramref name="closedBefore"/>; returns how many cases.</summary>
    Task<int> PurgeTranscriptsAsync(DateTimeOffset closedBefore, DateTimeOffset now, CancellationToken cancellationToken);
}

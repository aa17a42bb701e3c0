namespace Assistant.Bot.Handoff.Cases;

/// <summary>What is written together with a case change, in one transaction.</summary>
/// <param name="Audit">Audit lines (their case id is filled in by the store for a new case).</param>
/// <param name="Transcript">Transcript entries to append.</param>
/// <param name="Outbox">Notifications to deliver.</param>
public sealed record CaseChange(
    IReadOnlyList<CaseEvent> Audit,
    IReadOnlyList<TranscriptEntry>? Transcript = null,
    IReadOnlyList<OutboxMessage>? Outbox = null);

namespace Assistant.Bot.Handoff.Cases;

/// <summary>
/// A notification that must be delivered: to the employee's conversation (<see cref="OutboxKinds.Employee"/>) or to
/// the officers of a grid level (<see cref="OutboxKinds.Officers"/>). Written in the same transaction as the change
/// it announces; retried with backoff until delivered.
/// </summary>
/// <param name="Id">Row id (0 before stored).</param>
/// <param name="CaseId">The case.</param>
/// <param name="Kind">Who receives it.</param>
/// <param name="Level">For officer notices: the grid level told.</param>
/// <param name="Event">For officer notices: what happened (<see cref="CaseActions"/>).</param>
/// <param name="Text">For the employee: the message text; for an officers' employee-message notice: the employee's words.</param>
/// <param name="Language">The message's language.</param>
/// <param name="Attempts">Delivery attempts so far.</param>
/// <param name="NextAttemptAt">When to try next.</param>
/// <param name="DeliveredAt">When delivered; null while pending.</param>
public sealed record OutboxMessage(
    long Id,
    long CaseId,
    string Kind,
    int Level,
    string Event,
    string? Text,
    string Language,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt);

/// <summary>Outbox recipients.</summary>
public static class OutboxKinds
{
    public const string Employee = "employee";
    public const string Officers = "officers";
}

using Assistant.Bot.Handoff.Cases;

namespace Assistant.Bot.Handoff.Outbox;

/// <summary>
/// Tells officers that a case needs them. Carries ids and levels; no employee name, and message text only for the
/// owner's case thread (<see cref="Text"/>).
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="Event">What happened (<see cref="CaseActions"/>: opened, escalated, employee-message, reopened, breached…).</param>
/// <param name="Level">The grid level told.</param>
/// <param name="LevelName">Its name.</param>
/// <param name="Branch">The case's branch.</param>
/// <param name="OfficerIds">The officers told.</param>
/// <param name="Text">For <see cref="CaseActions.EmployeeMessage"/>: the employee's words, unmasked (a channel showing them masks them).</param>
public sealed record OfficerNotice(
    long CaseId, string Event, int Level, string LevelName, string Branch, IReadOnlyList<string> OfficerIds, string? Text = null);

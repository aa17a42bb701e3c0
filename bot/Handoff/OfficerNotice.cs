namespace Assistant.Bot.Handoff;

/// <summary>Tells officers that a case needs them. Carries ids and levels only: no employee name, no message text.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Event">What happened (<see cref="CaseActions"/>: opened, escalated, employee-message, reopened, breached…).</param>
/// <param name="Level">The grid level told.</param>
/// <param name="LevelName">Its name.</param>
/// <param name="Branch">The case's branch.</param>
/// <param name="OfficerIds">The officers told.</param>
public sealed record OfficerNotice(long CaseId, string Event, int Level, string LevelName, string Branch, IReadOnlyList<string> OfficerIds);

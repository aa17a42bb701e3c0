namespace Assistant.Bot.Handoff.Cases;

/// <summary>One line of a case's audit trail: who did what when. Carries no message text and no employee name.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who: <c>employee</c>, <c>system</c>, or <c>officer:&lt;id&gt;</c>.</param>
/// <param name="Action">What (<see cref="CaseActions"/>).</param>
/// <param name="Detail">A short, text-free detail (level, status, rating…).</param>
public sealed record CaseEvent(long CaseId, DateTimeOffset At, string Actor, string Action, string? Detail = null);

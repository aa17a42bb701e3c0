namespace Assistant.Bot.Handoff.Cases;

/// <summary>Where a case stands. Stored as lower-case text.</summary>
public enum CaseStatus
{
    /// <summary>Waiting for an officer of its current level to claim it.</summary>
    Queued,
    /// <summary>Claimed by an officer who has not written yet.</summary>
    Assigned,
    /// <summary>The officer and the employee are talking.</summary>
    Active,
    /// <summary>Resolved; the employee's rating is awaited.</summary>
    Resolved,
    /// <summary>Done (rated, withdrawn or purged).</summary>
    Closed,
    /// <summary>Reopened at the next level after a poor rating; waiting to be claimed.</summary>
    Reopened,
}

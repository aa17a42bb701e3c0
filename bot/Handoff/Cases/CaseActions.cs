namespace Assistant.Bot.Handoff.Cases;

/// <summary>The audit trail's action names.</summary>
public static class CaseActions
{
    public const string Opened = "opened";
    public const string Read = "read";
    public const string Listed = "listed";
    public const string Claimed = "claimed";
    public const string OfficerMessage = "officer-message";
    public const string EmployeeMessage = "employee-message";
    public const string Resolved = "resolved";
    public const string EndedByEmployee = "ended-by-employee";
    public const string Withdrawn = "withdrawn";
    public const string Rated = "rated";
    public const string Commented = "commented";
    public const string Reopened = "reopened";
    public const string Escalated = "escalated";
    public const string Breached = "breached";
    public const string Transferred = "transferred";
    public const string TranscriptPurged = "transcript-purged";

    /// <summary>The actor name of an officer.</summary>
    public static string Officer(string officerId) => "officer:" + officerId;

    public const string Employee = "employee";
    public const string System = "system";
}

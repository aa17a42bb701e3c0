using Assistant.Bot.Channels.Activities.Schema;


namespace Assistant.Bot.Channels.Activities.Inbound;

/// <summary>An activity read from a request, or why it could not be (status and reason).</summary>
internal sealed record ReadOutcome(Activity? Activity, int Status, string? Reason)
{
    public static ReadOutcome Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ReadOutcome Fail(int status, string reason) => new(null, status, reason);
}

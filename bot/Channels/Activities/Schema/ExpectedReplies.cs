namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>The HTTP answer to an activity sent with <c>deliveryMode: expectReplies</c>.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

namespace Assistant.Bot.Channels.BotFramework.Schema;

/// <summary>The HTTP answer to an activity sent with <c>deliveryMode: expectReplies</c>.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

namespace Assistant.Bot.Policy;

/// <summary>What the turn does about a person, and why.</summary>
public sealed record HandoffDecision(HandoffAction Action, HandoffReason Reason)
{
    /// <summary>The bot answers.</summary>
    public static HandoffDecision Answer { get; } = new(HandoffAction.Answer, HandoffReason.Requested);
}

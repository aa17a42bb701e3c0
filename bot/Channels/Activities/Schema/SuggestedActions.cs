namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>Quick replies shown under a message.</summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }
    public IReadOnlyList<CardAction>? Actions { get; init; }
}

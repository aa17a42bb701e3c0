using Assistant.Bot.Calculators.Conversation;
using Assistant.Bot.Understanding;

namespace Assistant.Bot.Conversations;

/// <summary>What a typed message is about, worked out once per turn: its text, what it asks for and the sensitive
/// topics it touches.</summary>
/// <param name="Text">The text as typed (or sent by a card).</param>
/// <param name="Intent">What it asks for.</param>
/// <param name="Topics">The sensitive topics it touches (self-harm included).</param>
public sealed record TurnFacts(string Text, Intent Intent, IReadOnlyList<SensitiveTopic> Topics)
{
    /// <summary>What it says for the calculators (the calculation it asks about, the figures it gives); null without text.</summary>
    public CalculationQuestion? Calculation { get; init; }

    /// <summary>The facts of a message with no text (a card press, a new member).</summary>
    public static TurnFacts None { get; } = new(string.Empty, Intent.Question, []);
}

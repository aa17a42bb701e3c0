namespace Assistant.Bot.Replies;

/// <summary>
/// A drop-down on a card (Adaptive Card <c>Input.ChoiceSet</c>). Web Chat and Teams send its value with any
/// <c>Action.Submit</c> of the card, so it arrives in <see cref="CardSubmission.Data"/> under <paramref name="Id"/>;
/// absent or empty when nothing was chosen.
/// </summary>
/// <param name="Id">The field name of the chosen value.</param>
/// <param name="Label">Shown above the drop-down.</param>
/// <param name="Placeholder">Shown while nothing is chosen.</param>
/// <param name="Options">The choices.</param>
public sealed record CardChoice(string Id, string Label, string Placeholder, IReadOnlyList<CardChoiceOption> Options);

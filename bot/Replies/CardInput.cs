namespace Assistant.Bot.Replies;

/// <summary>
/// A field of a form on a card. Web Chat and Teams send every field's value with the card's <c>Action.Submit</c>, so
/// it arrives in <see cref="CardSubmission.Data"/> under <paramref name="Id"/> (absent or empty when left blank).
/// </summary>
/// <param name="Id">The field's name in the submitted data.</param>
/// <param name="Label">Shown above the field.</param>
/// <param name="Kind">What it takes.</param>
/// <param name="Value">What it holds when the card is shown (a figure the worker already gave), or null.</param>
public sealed record CardInput(string Id, string Label, CardInputKind Kind, string? Value = null)
{
    /// <summary>The choices of a <see cref="CardInputKind.Choice"/> field.</summary>
    public IReadOnlyList<CardChoiceOption> Options { get; init; } = [];
}

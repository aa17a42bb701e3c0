namespace Assistant.Bot.Replies;

/// <summary>One choice of a <see cref="CardChoice"/>.</summary>
/// <param name="Title">What the user sees.</param>
/// <param name="Value">What is submitted.</param>
public sealed record CardChoiceOption(string Title, string Value);

namespace Assistant.Bot.Replies;

/// <summary>A headed block of lines on a card (a calculation's steps, what it assumed).</summary>
/// <param name="Heading">Shown in bold.</param>
/// <param name="Lines">One line each.</param>
public sealed record CardSection(string Heading, IReadOnlyList<string> Lines);

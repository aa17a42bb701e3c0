namespace Assistant.Bot.Replies;

/// <summary>A quick reply under a message: sends <paramref name="Text"/> as if typed.</summary>
/// <param name="Title">The visible label.</param>
/// <param name="Text">The text sent when pressed.</param>
public sealed record SuggestedAction(string Title, string Text);

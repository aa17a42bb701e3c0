namespace Assistant.Bot.Replies;

/// <summary>A button on a card; channels send it as Action.Submit with <c>{ action, ...Data }</c>.</summary>
/// <param name="Title">The visible label.</param>
/// <param name="Submission">What comes back when pressed.</param>
public sealed record CardButton(string Title, CardSubmission Submission);

namespace Assistant.Bot.Replies;

/// <summary>The data of a card button (Action.Submit object data, or Teams Action.Execute verb + data).</summary>
/// <param name="Action">What the button means (<see cref="CardActions"/>).</param>
/// <param name="Data">The button's other string fields.</param>
public sealed record CardSubmission(string Action, IReadOnlyDictionary<string, string> Data);

namespace Assistant.Bot.Generation;

/// <summary>What one call to the model brought back: its text, or why there is none.</summary>
/// <param name="Text">The reply, trimmed; null when the call failed or the reply was empty.</param>
/// <param name="Failure">Why there is no text: <c>timeout</c>, <c>empty</c>, the HTTP status code, or the exception's
/// type name; null when there is text. Never the prompt's or the reply's words.</param>
internal sealed record ChatAttempt(string? Text, string? Failure);

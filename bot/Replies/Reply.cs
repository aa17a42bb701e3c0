namespace Assistant.Bot.Replies;

/// <summary>One message the bot sends, free of any wire format; channels render it (Adaptive Card + text fallback).</summary>
/// <param name="Text">The message text (markdown-free plain text; line breaks allowed). Always set: it is the fallback.</param>
/// <param name="Language">The language the reply is written in (<c>zh</c> or <c>en</c>).</param>
/// <param name="Card">A rich answer, when there is one.</param>
/// <param name="SuggestedActions">Quick replies shown under the message.</param>
public sealed record Reply(string Text, string Language, AnswerCard? Card = null, IReadOnlyList<SuggestedAction>? SuggestedActions = null);

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>The <c>{"id": …}</c> answer to a posted activity.</summary>
internal sealed record ResourceId(string Id);

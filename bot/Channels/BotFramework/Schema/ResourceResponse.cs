namespace Assistant.Bot.Channels.BotFramework.Schema;

/// <summary>What the Connector answers to a send: the new activity's id.</summary>
public sealed record ResourceResponse(string? Id);

namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>What the Connector answers to a send: the new activity's id.</summary>
public sealed record ResourceResponse(string? Id);

namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>What the Connector answers to a create-conversation call.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId = null, string? ServiceUrl = null);

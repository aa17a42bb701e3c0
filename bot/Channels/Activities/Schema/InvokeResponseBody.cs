namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>The synchronous answer to an <c>adaptiveCard/action</c> invoke.</summary>
public sealed record InvokeResponseBody(int StatusCode, string Type, string? Value);

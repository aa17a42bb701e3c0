namespace Assistant.Bot.Channels.Activities.Schema;

/// <summary>The Connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorDetail? Error);

/// <summary>The inner part of <see cref="ErrorResponse"/>.</summary>
public sealed record ErrorDetail(string? Code, string? Message);

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>A stored Direct Line conversation: its one user and when it was last active.</summary>
public sealed record DirectLineConversation(string ConversationId, string UserId, string? UserName, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt);

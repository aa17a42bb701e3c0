namespace Assistant.Bot.Tests.Generation;

/// <summary>One scripted answer of the fake model server.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Content">The assistant message content (for 200).</param>
/// <param name="RetryAfter">A Retry-After header value, if any.</param>
/// <param name="Hold">When set, the server waits for it (or for the client to give up) before answering.</param>
/// <param name="Arrived">When set, completed as the request arrives: a test can act while the client waits.</param>
public sealed record ScriptedReply(int Status, string? Content = null, string? RetryAfter = null, Task? Hold = null, TaskCompletionSource? Arrived = null)
{
    public static ScriptedReply Answer(string content) => new(200, content);

    public static ScriptedReply Error(int status, string? retryAfter = null) => new(status, RetryAfter: retryAfter);
}

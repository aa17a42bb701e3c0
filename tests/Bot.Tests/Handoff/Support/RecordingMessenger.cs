using System.Collections.Concurrent;
using Assistant.Bot.Conversations;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Handoff.Support;

/// <summary>A messenger for the <c>webchat</c> test channel that records what reaches the employee; can fail the first sends.</summary>
public sealed class RecordingMessenger(int failFirst = 0) : IConversationMessenger
{
    private int _calls;
    private readonly TaskCompletionSource _delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a message is first delivered.</summary>
    public Task FirstDelivery => _delivered.Task;

    public ConcurrentQueue<(ConversationAddress Address, Reply Reply)> Sent { get; } = new();

    public int Calls => _calls;

    public bool Handles(string channelId) => channelId == "webchat";

    public Task<bool> SendAsync(ConversationAddress address, Reply reply, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) <= failFirst)
            throw new HttpRequestException("connector down");
        Sent.Enqueue((address, reply));
        _delivered.TrySetResult();
        return Task.FromResult(true);
    }
}

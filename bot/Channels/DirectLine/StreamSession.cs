using System.Threading.Channels;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// One open WebSocket of a conversation: wake-ups (null: read new history from the store) and ephemeral frames
/// (typing) queued for its send loop, and a signal that a newer socket replaced it.
/// </summary>
internal sealed class StreamSession : IDisposable
{
    private readonly Channel<string?> _signals = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _replaced = new();

    public ChannelReader<string?> Signals => _signals.Reader;

    public CancellationToken Replaced => _replaced.Token;

    public void Wake() => _signals.Writer.TryWrite(null);

    public void Ephemeral(string activityJson) => _signals.Writer.TryWrite(activityJson);

    public void Replace()
    {
        try
        {
            _replaced.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose() => _replaced.Dispose();
}

using System.Threading.Channels;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// One open WebSocket of a conversation: wake-ups (stored activities up to a sequence number) and ephemeral frames
/// (typing) queued in the order they happened for its send loop, and a signal that a newer socket replaced it.
/// </summary>
internal sealed class StreamSession : IDisposable
{
    private readonly Channel<StreamSignal> _signals = Channel.CreateUnbounded<StreamSignal>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _replaced = new();

    public ChannelReader<StreamSignal> Signals => _signals.Reader;

    public CancellationToken Replaced => _replaced.Token;

    public void Wake(long upTo) => _signals.Writer.TryWrite(new StreamSignal(upTo, null));

    public void Ephemeral(string activityJson) => _signals.Writer.TryWrite(new StreamSignal(0, activityJson));

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

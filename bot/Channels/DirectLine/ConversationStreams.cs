using System.Collections.Concurrent;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// The open WebSockets, one per conversation: a new one replaces the old. Wake-ups are in process; with several
/// instances a socket sees other instances' activities only when it reconnects (or the client polls).
/// </summary>
internal sealed class ConversationStreams
{
    private readonly ConcurrentDictionary<string, StreamSession> _sessions = new(StringComparer.Ordinal);

    public StreamSession Open(string conversationId)
    {
        var session = new StreamSession();
        _sessions.AddOrUpdate(conversationId, session, (_, old) =>
        {
            old.Replace();
            return session;
        });
        return session;
    }

    public void Close(string conversationId, StreamSession session) =>
        _sessions.TryRemove(KeyValuePair.Create(conversationId, session));

    /// <summary>Activities up to <paramref name="upTo"/> are stored: the socket sends those it has not sent.</summary>
    public void Wake(string conversationId, long upTo)
    {
        if (_sessions.TryGetValue(conversationId, out var session))
            session.Wake(upTo);
    }

    /// <summary>An activity that is pushed but never stored (typing).</summary>
    public void Ephemeral(string conversationId, string activityJson)
    {
        if (_sessions.TryGetValue(conversationId, out var session))
            session.Ephemeral(activityJson);
    }
}

using System.Collections.Concurrent;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// The open WebSockets of this instance, one per conversation: a new one replaces the old. Wake-ups come from this
/// process's appends and, with PostgreSQL, from other instances' appends (<see cref="DirectLineWakeups"/>).
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

    /// <summary>Every open socket looks for activities it has not sent (after notifications may have been missed).</summary>
    public void WakeAll()
    {
        foreach (var session in _sessions.Values)
            session.Wake(long.MaxValue);
    }

    /// <summary>An activity that is pushed but never stored (typing).</summary>
    public void Ephemeral(string conversationId, string activityJson)
    {
        if (_sessions.TryGetValue(conversationId, out var session))
            session.Ephemeral(activityJson);
    }
}

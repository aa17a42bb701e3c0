namespace Assistant.Bot.Handoff.Relay;

/// <summary>Which thread of the officers' channel belongs to which case. At most one thread per case.</summary>
public interface IOfficerThreadStore
{
    Task<OfficerThread?> GetAsync(long caseId, CancellationToken cancellationToken);

    /// <summary>The case thread whose conversation id is <paramref name="conversationId"/>, if any.</summary>
    Task<OfficerThread?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Records <paramref name="thread"/>; when the case has a thread already, keeps that one and returns it.</summary>
    Task<OfficerThread> AddAsync(OfficerThread thread, CancellationToken cancellationToken);

    /// <summary>
    /// Makes <paramref name="to"/> the case's thread in place of its thread <paramref name="fromConversationId"/> (the case
    /// moved to another branch's channel) and remembers the old one as moved. Returns the case's thread afterwards: another
    /// instance's, when it moved the case first.
    /// </summary>
    Task<OfficerThread> MoveAsync(string fromConversationId, OfficerThread to, CancellationToken cancellationToken);

    /// <summary>The case whose thread <paramref name="conversationId"/> was, before the case moved to another channel.</summary>
    Task<long?> FindMovedAsync(string conversationId, CancellationToken cancellationToken);
}

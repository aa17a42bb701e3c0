namespace Assistant.Bot.Handoff;

/// <summary>Which thread of the officers' channel belongs to which case. At most one thread per case.</summary>
public interface IOfficerThreadStore
{
    Task<OfficerThread?> GetAsync(long caseId, CancellationToken cancellationToken);

    /// <summary>The case thread whose conversation id is <paramref name="conversationId"/>, if any.</summary>
    Task<OfficerThread?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Records <paramref name="thread"/>; when the case has a thread already, keeps that one and returns it.</summary>
    Task<OfficerThread> AddAsync(OfficerThread thread, CancellationToken cancellationToken);
}

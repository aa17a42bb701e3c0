namespace Assistant.Bot.Handoff.Outbox;

/// <summary>Delivers officer notices (the Teams officer channel, e-mail…). The outbox retries until it returns true.</summary>
public interface IOfficerNotifier
{
    Task<bool> NotifyAsync(OfficerNotice notice, CancellationToken cancellationToken);
}

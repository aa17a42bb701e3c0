namespace Assistant.Bot.Channels.BotFramework.Connector;

/// <summary>Service URLs seen on authenticated activities: the only hosts our Connector token is sent to.</summary>
internal sealed class TrustedServiceUrls
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => _urls.TryAdd(Normalize(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl) => _urls.ContainsKey(Normalize(serviceUrl));

    private static string Normalize(string serviceUrl) => serviceUrl.TrimEnd('/');
}

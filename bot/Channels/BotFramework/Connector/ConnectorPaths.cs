namespace Assistant.Bot.Channels.BotFramework.Connector;

/// <summary>Connector REST paths, with ids percent-encoded (Teams ids hold <c>:</c>, <c>@</c>, <c>;</c>).</summary>
internal static class ConnectorPaths
{
    public static Uri Conversations(string serviceUrl) => Join(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Join(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Join(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");

    /// <summary>Appends <paramref name="path"/> to the service URL whether or not it ends with a slash (Teams' do).</summary>
    public static Uri Join(string serviceUrl, string path)
    {
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        return new Uri(baseUrl + path, UriKind.Absolute);
    }
}

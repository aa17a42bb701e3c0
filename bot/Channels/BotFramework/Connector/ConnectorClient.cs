using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Assistant.Bot.Channels.Activities.Schema;

namespace Assistant.Bot.Channels.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (protocol notes 4): reply, send, update, create conversation. Our token is attached only
/// for service URLs seen on authenticated activities; in unauthenticated mode no Authorization header is sent.
/// </summary>
internal sealed class ConnectorClient
{
    private readonly HttpClient _http;
    private readonly IConnectorTokenProvider _tokens;
    private readonly TrustedServiceUrls _trusted;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, TrustedServiceUrls trusted, ILogger<ConnectorClient> logger)
    {
        _http = http;
        _tokens = tokens;
        _trusted = trusted;
        _logger = logger;
    }

    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, ConnectorPaths.Activity(serviceUrl, conversationId, activityId), activity, "reply", cancellationToken);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c> (proactive, appended to the conversation).</summary>
    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, ConnectorPaths.Activities(serviceUrl, conversationId), activity, "send", cancellationToken);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public Task<ResourceResponse?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, serviceUrl, ConnectorPaths.Activity(serviceUrl, conversationId, activityId), activity, "update", cancellationToken);

    /// <summary><c>POST /v3/conversations</c>: a new Teams channel thread or 1:1 chat.</summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var request = await CreateRequestAsync(HttpMethod.Post, serviceUrl, ConnectorPaths.Conversations(serviceUrl), cancellationToken).ConfigureAwait(false);
        request.Content = JsonContent.Create(parameters, BotFrameworkJson.Context.ConversationParameters);
        return await ReadAsync(request, BotFrameworkJson.Context.ConversationResourceResponse, "create", cancellationToken).ConfigureAwait(false)
            ?? new ConversationResourceResponse(null);
    }

    /// <summary>Marks a service URL as verified (it came with a valid token, or from a reference stored after one).</summary>
    internal void Trust(string serviceUrl) => _trusted.Trust(serviceUrl);

    private async Task<ResourceResponse?> SendAsync(HttpMethod method, string serviceUrl, Uri url, Activity activity, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var request = await CreateRequestAsync(method, serviceUrl, url, cancellationToken).ConfigureAwait(false);
        request.Content = JsonContent.Create(activity, BotFrameworkJson.Context.Activity);
        return await ReadAsync(request, BotFrameworkJson.Context.ResourceResponse, operation, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(HttpMethod method, string serviceUrl, Uri url, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, url);
        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            if (!_trusted.IsTrusted(serviceUrl))
            {
                request.Dispose();
                throw new ConnectorException("Refusing to send the Connector token to a service URL no authenticated activity came from.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private async Task<T?> ReadAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> type, string operation, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var code = await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
            var correlation = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
            BotFrameworkLog.ConnectorError(_logger, (int)response.StatusCode, code, operation, correlation);
            throw new ConnectorException((int)response.StatusCode, code);
        }

        if (response.Content.Headers.ContentLength is 0)
            return null;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize(body, BotFrameworkJson.Context.ErrorResponse)?.Error?.Code;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Assistant.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Client-credentials tokens from Entra ID through MSAL (which caches them and refreshes before expiry). The authority
/// is <c>{AuthorityHost}/{tenant}</c>; authority validation and instance discovery are off so a configured host is used as is.
/// MSAL's HTTP goes through the named client <see cref="HttpClientName"/>.
/// </summary>
internal sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    public const string HttpClientName = "BotFramework.Msal";

    private readonly BotFrameworkOptions _options;
    private readonly Lazy<IConfidentialClientApplication>? _application;

    public MsalConnectorTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClients)
    {
        _options = options.Value;
        if (_options.IsUnauthenticated)
            return;
        _application = new Lazy<IConfidentialClientApplication>(() => ConfidentialClientApplicationBuilder
            .Create(_options.AppId)
            .WithClientSecret(_options.AppPassword)
            .WithAuthority($"{_options.AuthorityHost.TrimEnd('/')}/{_options.AuthorityTenant}", validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClients))
            .Build());
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_application is null)
            return null;
        var result = await _application.Value
            .AcquireTokenForClient([_options.OAuthScope])
            .ExecuteAsync(cancellationToken)
            .ConfigureAwait(false);
        return result.AccessToken;
    }

    private sealed class MsalHttpClientFactory(IHttpClientFactory httpClients) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => httpClients.CreateClient(HttpClientName);
    }
}

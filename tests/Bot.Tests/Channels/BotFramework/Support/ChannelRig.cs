using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Assistant.Bot.Conversations;
using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>
/// The real bot with its Bot Framework channel in authenticated mode, a loopback Connector, token issuer and Entra ID,
/// and stand-ins for the turn logic and the store — or, with <c>realTurnLogic</c>, the bot's own turn logic, SQLite
/// store and an index built from the bundled samples. <c>services</c> adjusts the bot's services further.
/// </summary>
public sealed class ChannelRig(
    bool realTurnLogic = false, Func<ChannelRig, Dictionary<string, string?>>? settings = null, Action<IServiceCollection>? services = null) : IAsyncLifetime
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AllowedTenant = "tenant-allowed";

    private readonly X509Certificate2 _certificate = LoopbackCertificate.Create();
    private WebApplicationFactory<Program>? _factory;
    private BotFactory? _bot;

    public FakeConnector Connector { get; private set; } = null!;
    public FakeIssuer Issuer { get; private set; } = null!;
    public FakeEntra Entra { get; private set; } = null!;
    public EchoTurnHandler Handler { get; private set; } = new();
    public InMemoryConversationStore Store { get; private set; } = new();
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The bot's data folder (index and SQLite file).</summary>
    public string DataFolder => _bot!.DataFolder;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Issuer = await FakeIssuer.StartAsync();
        Entra = await FakeEntra.StartAsync(_certificate);
        var all = new Dictionary<string, string?>
        {
            ["Knowledge:BuildWhenMissing"] = realTurnLogic ? "true" : "false",
            ["BotFramework:AppId"] = AppId,
            ["BotFramework:AppPassword"] = "loopback-secret",
            ["BotFramework:OpenIdMetadataUrl"] = Issuer.MetadataUrl,
            ["BotFramework:AuthorityHost"] = Entra.AuthorityHost,
            ["BotFramework:AllowedTenants:0"] = AllowedTenant,
        };
        foreach (var (key, value) in settings?.Invoke(this) ?? [])
            all[key] = value;
        var bot = _bot = new BotFactory(all);
        _factory = bot.WithWebHostBuilder(web => web.ConfigureTestServices(testServices =>
        {
            services?.Invoke(testServices);
            if (!realTurnLogic)
            {
                testServices.AddSingleton<ITurnHandler>(Handler);
                testServices.AddSingleton<IConversationStore>(Store);
            }
            testServices.AddHttpClient("BotFramework.Msal").ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustingHandler(_certificate));
        }));
        Client = _factory.CreateClient();
    }

    /// <summary>POSTs <paramref name="activityJson"/> to /api/messages with <paramref name="token"/> as bearer (none when null).</summary>
    public async Task<HttpResponseMessage> PostAsync(string activityJson, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activityJson, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }

    /// <summary>Another client of the same bot, with its own cookies (an officer's browser).</summary>
    public HttpClient CreateClient() => _factory!.CreateClient();

    /// <summary>A valid Connector token for an activity with the fake Connector's service URL.</summary>
    public string Token() => Issuer.Mint(AppId, Connector.ServiceUrl);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (_bot is not null)
            await _bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
        await Entra.DisposeAsync();
        _certificate.Dispose();
    }
}

using System.Net;
using System.Security.Cryptography.X509Certificates;
using Assistant.Bot.Handoff.Officers.SignIn;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Handoff.Officers.SignIn.Support;

/// <summary>
/// The real bot on loopback https with officer sign-in through <see cref="FakeEntraSignIn"/> (same throwaway certificate),
/// the sample grid's first officer (wangli) given <see cref="OfficerObjectId"/> (the other six random ones). Clients are plain HttpClients with a
/// cookie container that follow redirects across both servers, as a browser would.
/// </summary>
public sealed class EntraSignInApp : IAsyncLifetime
{
    public const string OfficerObjectId = "6a0d1f9e-2b3c-4d5e-8f70-112233445566";

    private readonly X509Certificate2 _certificate = LoopbackCertificate.Create();
    private BotFactory? _bot;
    private WebApplicationFactory<Program>? _factory;

    public FakeEntraSignIn Entra { get; private set; } = null!;

    /// <summary><c>https://127.0.0.1:port</c>.</summary>
    public string BaseAddress { get; private set; } = null!;

    private readonly Dictionary<string, string?> _settings;

    /// <param name="settings">Settings over the Entra ones (e.g. KeepPasswordSignIn).</param>
    internal EntraSignInApp(Dictionary<string, string?> settings) => _settings = settings;

    public EntraSignInApp()
        : this([])
    {
    }

    public async Task InitializeAsync()
    {
        Entra = await FakeEntraSignIn.StartAsync(_certificate);
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:BuildWhenMissing"] = "false",
            ["Handoff:OfficerSignIn:Entra:Instance"] = Entra.Instance,
            ["Handoff:OfficerSignIn:Entra:TenantId"] = FakeEntraSignIn.TenantId,
            ["Handoff:OfficerSignIn:Entra:ClientId"] = FakeEntraSignIn.ClientId,
            ["Handoff:OfficerSignIn:Entra:ClientSecret"] = FakeEntraSignIn.ClientSecret,
        };
        // Every sample officer needs an object id while Entra ID is on; only wangli's is known to the tests.
        for (var officer = 0; officer < 7; officer++)
            settings[$"Handoff:Grid:Officers:{officer}:EntraObjectId"] = officer == 0 ? OfficerObjectId : Guid.NewGuid().ToString();
        foreach (var (key, value) in _settings)
            settings[key] = value;
        _bot = new BotFactory(settings);
        _factory = _bot.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.Configure<OpenIdConnectOptions>(OfficerSignIn.EntraScheme, oidc => oidc.BackchannelHttpHandler = LoopbackCertificate.TrustingHandler(_certificate))));
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
        _factory.StartServer();
        BaseAddress = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public IServiceProvider Services => _factory!.Services;

    /// <summary>A "browser": its own cookies, trusting the loopback certificate, following redirects unless told not to.</summary>
    public Browser NewBrowser(bool followRedirects = true) => new(_certificate, BaseAddress, followRedirects);

    public async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (_bot is not null)
            await _bot.DisposeAsync();
        await Entra.DisposeAsync();
        _certificate.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

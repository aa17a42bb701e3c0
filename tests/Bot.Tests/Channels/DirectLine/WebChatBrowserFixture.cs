using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Assistant.Bot.Tests.Channels.DirectLine;

/// <summary>
/// The real bot on a loopback socket and Debian's Chromium driven by Playwright (no browser download). A proxy's
/// <see cref="TrustedUserHeader"/> names the Web Chat user when a browser context sends it (else the anonymous cookie).
/// </summary>
public sealed class WebChatBrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string TrustedUserHeader = "X-Remote-User";

    private BotFactory _bot = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = null!;

    /// <summary>The bot's services, to set up state (cases) that the page then shows.</summary>
    public IServiceProvider Services => _bot.Services;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium fonts-wqy-microhei (.ci/run does it).");
        _bot = new BotFactory(new() { ["Urls"] = "http://127.0.0.1:0", ["DirectLine:TrustedUserHeader"] = TrustedUserHeader });
        _bot.UseKestrel(0);
        _bot.StartServer();
        BaseUrl = _bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_bot is not null)
            await _bot.DisposeAsync();
    }
}

using Assistant.Bot.Tests.Channels.DirectLine;
using Assistant.Bot.Tests.Handoff.Officers.SignIn.Support;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Handoff.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Assistant.Bot.Tests.Handoff.Officers.Browser;

/// <summary>The console in Chromium with officers signing in through Entra ID (the loopback provider on https).</summary>
[Collection("browser")]
public sealed class EntraConsoleBrowserTests(EntraSignInApp app) : IClassFixture<EntraSignInApp>
{
    private const float Wait = OfficerBrowser.Wait;

    [Fact]
    public async Task When_the_session_ends_the_console_signs_in_again_through_Entra_and_keeps_the_open_case_and_the_unsent_reply()
    {
        var opened = await HandoffApp.OpenAsync(app.Services, "entra-console", SampleGrid.PowerPlantTeam, anonymous: true);
        app.Entra.NextObjectId = EntraSignInApp.OfficerObjectId;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebChatBrowserFixture.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
        // The loopback certificate is made for this run; the browser is told to accept it.
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(app.BaseAddress + "/officer");
        await Assertions.Expect(page.Locator("#console")).ToBeVisibleAsync(new() { Timeout = Wait });
        await page.Locator($"tr.case[data-case-id=\"{opened.Id}\"]").ClickAsync();
        await page.Locator("#claim").ClickAsync();
        await Assertions.Expect(page.Locator("#detail-title")).ToContainTextAsync("已认领", new() { Timeout = Wait });
        const string reply = "您好，我是工会的王丽，您的诉求我们已经收到。";
        await page.Locator("#message").FillAsync(reply);
        var signIns = app.Entra.Redemptions.Count;

        // The session ends (expiry, or a sign-out in another tab) while the officer is writing.
        await context.ClearCookiesAsync();
        await page.Locator("#send").ClickAsync();
        // Until Entra has redeemed the new code, the page still shows the state from before the send, which the
        // checks below would accept.
        await app.Entra.WaitForRedemptionsAsync(signIns + 1, TimeSpan.FromMilliseconds(Wait));

        await Assertions.Expect(page.Locator("#message")).ToHaveValueAsync(reply, new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#detail-title")).ToContainTextAsync("诉求 #" + opened.Id, new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#login")).ToBeHiddenAsync();
        Assert.Equal(signIns + 1, app.Entra.Redemptions.Count);
        // The refused send changed nothing: the reply waits in the box, not in the case.
        Assert.Empty(await app.Services.GetRequiredService<ICaseStore>().GetTranscriptAsync(opened.Id, CancellationToken.None));
        Assert.Empty(errors);
    }
}

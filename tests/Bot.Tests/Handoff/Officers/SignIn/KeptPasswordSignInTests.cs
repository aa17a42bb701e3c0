using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Tests.Handoff.Officers.SignIn.Support;
using Assistant.Bot.Tests.Handoff.Support;

namespace Assistant.Bot.Tests.Handoff.Officers.SignIn;

/// <summary>With Entra ID on and KeepPasswordSignIn set, a password still opens a session (break-glass), beside Entra ID.</summary>
public sealed class KeptPasswordSignInTests : IAsyncLifetime
{
    private readonly EntraSignInApp _app = new(new() { ["Handoff:OfficerSignIn:KeepPasswordSignIn"] = "true" });

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_password_opens_a_session_and_the_console_still_goes_through_Entra_without_one()
    {
        using var browser = _app.NewBrowser(followRedirects: false);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/officer")).StatusCode);

        var signedIn = await browser.Client.PostAsJsonAsync("/officer/login", new { id = "sunwei", password = SampleGrid.Password });

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.True(browser.HasSession);
        Assert.Equal("sunwei", (await browser.Client.GetFromJsonAsync<JsonElement>("/api/officer/me")).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/officer")).StatusCode);
    }
}

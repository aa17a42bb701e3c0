using System.Net;
using System.Net.Http.Json;
using Assistant.Bot.Handoff.Officers.SignIn;
using Assistant.Bot.Tests.Handoff.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Handoff.Officers.SignIn;

/// <summary>Without Entra settings (the embedded default) there is no OpenID Connect at all: passwords and the console's own form.</summary>
public sealed class PasswordSignInModeTests : HandoffAppTest
{
    [Fact]
    public async Task No_OpenID_Connect_scheme_is_registered_and_its_callback_is_not_served()
    {
        var schemes = App.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        using var client = App.Anonymous();

        Assert.Null(await schemes.GetSchemeAsync(OfficerSignIn.EntraScheme));
        Assert.NotNull(await schemes.GetSchemeAsync(OfficerSignIn.CookieScheme));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/officer/signin-oidc?code=x&state=y")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/officer")).StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_strict_and_signing_out_returns_to_the_console()
    {
        using var client = App.Anonymous();
        var signedIn = await client.PostAsync("/officer/login", JsonContent.Create(new { id = "wangli", password = SampleGrid.Password }));
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("assistant.officer=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/officer/me")).StatusCode);

        var signOut = await client.GetAsync("/officer/signout");

        Assert.Equal(HttpStatusCode.OK, signOut.StatusCode);
        Assert.Equal("/officer", signOut.RequestMessage!.RequestUri!.AbsolutePath);
        var me = await client.GetAsync("/api/officer/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal("Cookie realm=\"officer\", sign-in=\"password\"", me.Headers.WwwAuthenticate.ToString());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Tests.Handoff.Officers.SignIn.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace Assistant.Bot.Tests.Handoff.Officers.SignIn;

/// <summary>
/// Officer sign-in with Entra ID through the real OpenID Connect handler, the bot on loopback https and a loopback
/// provider speaking the protocol: who gets a session, who gets 403, which tokens are refused, what the API answers.
/// </summary>
public sealed class EntraSignInTests(EntraSignInApp app) : IClassFixture<EntraSignInApp>
{
    private const string Me = "/api/officer/me";

    [Fact]
    public async Task The_console_sends_a_visitor_through_the_code_flow_with_PKCE_and_the_session_cookie_is_http_only_lax_and_secure()
    {
        var redemptions = ReadyFor(EntraSignInApp.OfficerObjectId);
        using var browser = app.NewBrowser(followRedirects: false);

        var challenge = await browser.Client.GetAsync("/officer");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(app.Entra.Instance + FakeEntraSignIn.TenantId + "/oauth2/v2.0/authorize", authorize.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("code", query["response_type"]);
        // Query is the code flow's default response mode, so the handler may leave it out.
        Assert.Equal("query", query.TryGetValue("response_mode", out var mode) ? mode.ToString() : "query");
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(FakeEntraSignIn.ClientId, query["client_id"]);
        Assert.Equal(app.BaseAddress + "/officer/signin-oidc", query["redirect_uri"]);
        Assert.Equal(["openid", "profile"], query["scope"].ToString().Split(' ').Order());
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.False(query.ContainsKey("client_secret"));

        var callback = (await browser.Client.GetAsync(authorize)).Headers.Location!;
        Assert.StartsWith(app.BaseAddress + "/officer/signin-oidc?code=", callback.ToString(), StringComparison.Ordinal);
        var signedIn = await browser.Client.GetAsync(callback);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/officer", signedIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("assistant.officer=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["ok"], app.Entra.Redemptions.Skip(redemptions));
        var console = await browser.Client.GetAsync("/officer");
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Contains("text/html", console.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_officer_signs_in_and_the_officer_api_knows_them()
    {
        ReadyFor(EntraSignInApp.OfficerObjectId);
        using var browser = app.NewBrowser();

        var console = await browser.Client.GetAsync("/officer");

        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Equal(new Uri(app.BaseAddress + "/officer"), console.RequestMessage!.RequestUri);
        var me = await browser.Client.GetFromJsonAsync<JsonElement>(Me);
        Assert.Equal("wangli", me.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/officer/cases")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_who_is_not_a_configured_officer_gets_a_403_page_and_no_session()
    {
        var redemptions = ReadyFor(Guid.NewGuid().ToString());
        using var browser = app.NewBrowser();

        var refused = await browser.Client.GetAsync("/officer");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("不是工会干部账号", page, StringComparison.Ordinal);
        Assert.Contains("Not a union officer account", page, StringComparison.Ordinal);
        Assert.Equal(["ok"], app.Entra.Redemptions.Skip(redemptions));
        Assert.False(browser.HasSession);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync(Me)).StatusCode);
    }

    [Theory]
    [InlineData(IdTokenTampering.ForeignKey)]
    [InlineData(IdTokenTampering.OtherNonce)]
    [InlineData(IdTokenTampering.OtherIssuer)]
    [InlineData(IdTokenTampering.OtherAudience)]
    [InlineData(IdTokenTampering.Expired)]
    public async Task A_spoiled_id_token_fails_the_sign_in_and_leaves_no_session(IdTokenTampering tampering)
    {
        var redemptions = ReadyFor(EntraSignInApp.OfficerObjectId, tampering);
        using var browser = app.NewBrowser();

        var failed = await browser.Client.GetAsync("/officer");

        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        Assert.Contains("登录失败", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["ok"], app.Entra.Redemptions.Skip(redemptions));
        Assert.False(browser.HasSession);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task A_user_who_cancels_at_Entra_gets_the_failure_page_and_no_session()
    {
        var redemptions = ReadyFor(EntraSignInApp.OfficerObjectId);
        app.Entra.AuthorizeError = "access_denied";
        using var browser = app.NewBrowser();

        var failed = await browser.Client.GetAsync("/officer");

        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        Assert.Contains("Sign-in failed", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(redemptions, app.Entra.Redemptions.Count);
        Assert.False(browser.HasSession);
    }

    [Fact]
    public async Task A_code_the_token_endpoint_refuses_fails_the_sign_in_and_leaves_no_session()
    {
        var redemptions = ReadyFor(EntraSignInApp.OfficerObjectId);
        app.Entra.TokenError = "invalid_grant";
        using var browser = app.NewBrowser();

        var failed = await browser.Client.GetAsync("/officer");

        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        Assert.Equal(["invalid_grant"], app.Entra.Redemptions.Skip(redemptions));
        Assert.False(browser.HasSession);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task A_callback_the_bot_did_not_start_is_refused_without_asking_for_a_token()
    {
        var redemptions = ReadyFor(EntraSignInApp.OfficerObjectId);
        using var browser = app.NewBrowser();

        var forged = await browser.Client.GetAsync("/officer/signin-oidc?code=stolen-code&state=forged-state");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(redemptions, app.Entra.Redemptions.Count);
        Assert.False(browser.HasSession);
    }

    [Fact]
    public async Task Without_a_session_the_api_answers_401_not_a_redirect_and_tells_the_console_to_sign_in_through_Entra()
    {
        using var browser = app.NewBrowser(followRedirects: false);

        var me = await browser.Client.GetAsync(Me);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal("Cookie realm=\"officer\", sign-in=\"entra\"", me.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/officer/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.PostAsync("/api/officer/cases/1/claim", null)).StatusCode);
    }

    [Fact]
    public async Task Password_sign_in_is_refused_while_Entra_is_configured()
    {
        using var browser = app.NewBrowser(followRedirects: false);

        var refused = await browser.Client.PostAsJsonAsync("/officer/login", new { id = "wangli", password = Assistant.Bot.Tests.Handoff.Support.SampleGrid.Password });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Entra ID", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(browser.HasSession);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync(Me)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_clears_the_session_and_ends_the_Entra_session()
    {
        ReadyFor(EntraSignInApp.OfficerObjectId);
        using var browser = app.NewBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/officer")).StatusCode);
        Assert.True(browser.HasSession);
        var logouts = app.Entra.Logouts.Count;

        var signedOut = await browser.Client.GetAsync("/officer/signout");

        Assert.Equal(HttpStatusCode.OK, signedOut.StatusCode);
        Assert.Equal(new Uri(app.BaseAddress + "/officer/signed-out"), signedOut.RequestMessage!.RequestUri);
        Assert.Contains("已退出", await signedOut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var logout = QueryHelpers.ParseQuery(Assert.Single(app.Entra.Logouts.Skip(logouts)));
        Assert.Equal(app.BaseAddress + "/officer/signout-oidc", logout["post_logout_redirect_uri"]);
        Assert.False(browser.HasSession);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync(Me)).StatusCode);
    }

    /// <summary>Who signs in next and how their id_token is spoiled; returns the provider's token requests so far.</summary>
    private int ReadyFor(string objectId, IdTokenTampering tampering = IdTokenTampering.None)
    {
        app.Entra.NextObjectId = objectId;
        app.Entra.Tamper = tampering;
        app.Entra.AuthorizeError = null;
        app.Entra.TokenError = null;
        return app.Entra.Redemptions.Count;
    }
}

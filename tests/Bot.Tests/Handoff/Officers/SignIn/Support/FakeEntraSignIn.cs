using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Bot.Tests.Handoff.Officers.SignIn.Support;

/// <summary>
/// Entra ID's OpenID Connect endpoints for one tenant on loopback https, speaking the protocol the real handler uses:
/// discovery, JWKS, <c>/authorize</c> (signs in <see cref="NextObjectId"/> at once and redirects back with code and state),
/// <c>/token</c> (checks client secret, redirect URI and the PKCE verifier, returns an RS256 id_token with the nonce),
/// and <c>/logout</c>. <see cref="Tamper"/> spoils the next id_tokens in one way.
/// </summary>
public sealed class FakeEntraSignIn : IAsyncDisposable
{
    public const string TenantId = "3f2b6c1e-8d4a-4e5b-9c7d-0a1b2c3d4e5f";
    public const string ClientId = "b8e6f0a2-1c3d-4e5f-8a9b-7c6d5e4f3a2b";
    public const string ClientSecret = "loopback-client-secret";
    public const string KeyId = "loopback-signing-key";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _foreignKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _grants = new();
    private readonly ConcurrentQueue<string> _redemptions = new();
    private readonly SemaphoreSlim _redeemed = new(0);
    private readonly ConcurrentQueue<string> _logouts = new();
    private LoopbackServer? _server;

    private sealed record Grant(string ObjectId, string Nonce, string CodeChallenge, string RedirectUri);

    /// <summary>The bot's Handoff:OfficerSignIn:Entra:Instance.</summary>
    public string Instance => _server!.BaseAddress + "/";

    public string Issuer => $"{_server!.BaseAddress}/{TenantId}/v2.0";

    /// <summary>The object id of the user who signs in at the next <c>/authorize</c>.</summary>
    public string NextObjectId { get; set; } = Guid.NewGuid().ToString();

    public IdTokenTampering Tamper { get; set; }

    /// <summary>An OAuth error <c>/authorize</c> sends back instead of a code (access_denied: the user cancelled).</summary>
    public string? AuthorizeError { get; set; }

    /// <summary>An OAuth error <c>/token</c> answers instead of tokens (invalid_grant: the code expired).</summary>
    public string? TokenError { get; set; }

    /// <summary>Outcome of each token request: <c>ok</c> or the OAuth error returned.</summary>
    public IReadOnlyList<string> Redemptions => [.. _redemptions];

    /// <summary>Waits until the token endpoint has been asked to redeem <paramref name="count"/> codes in all.</summary>
    public async Task WaitForRedemptionsAsync(int count, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        // Each redemption releases once, so none is missed between the check and the wait.
        while (_redemptions.Count < count)
            await _redeemed.WaitAsync(limit.Token);
    }

    /// <summary>Query strings of end-session requests received.</summary>
    public IReadOnlyList<string> Logouts => [.. _logouts];

    public static async Task<FakeEntraSignIn> StartAsync(X509Certificate2 certificate)
    {
        var entra = new FakeEntraSignIn();
        entra._server = await LoopbackServer.StartAsync(entra.Map, certificate);
        return entra;
    }

    private void Map(WebApplication app)
    {
        var tenant = "/" + TenantId;
        app.MapGet(tenant + "/v2.0/.well-known/openid-configuration", () => Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{_server!.BaseAddress}{tenant}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{_server.BaseAddress}{tenant}/oauth2/v2.0/token",
            ["end_session_endpoint"] = $"{_server.BaseAddress}{tenant}/oauth2/v2.0/logout",
            ["jwks_uri"] = $"{_server.BaseAddress}{tenant}/discovery/v2.0/keys",
            ["response_types_supported"] = new[] { "code", "id_token", "code id_token" },
            ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "private_key_jwt", "client_secret_basic" },
            ["code_challenge_methods_supported"] = new[] { "plain", "S256" },
        }));
        app.MapGet(tenant + "/discovery/v2.0/keys", () =>
        {
            var parameters = _key.ExportParameters(false);
            return Json(new { keys = new[] { new { kty = "RSA", use = "sig", kid = KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) } } });
        });
        app.MapGet(tenant + "/oauth2/v2.0/authorize", (Func<HttpContext, IResult>)Authorize);
        app.MapPost(tenant + "/oauth2/v2.0/token", (Func<HttpContext, Task<IResult>>)RedeemAsync);
        app.MapGet(tenant + "/oauth2/v2.0/logout", (HttpContext context) =>
        {
            _logouts.Enqueue(context.Request.QueryString.Value ?? "");
            var back = context.Request.Query["post_logout_redirect_uri"].ToString();
            return back.Length == 0 ? Results.Text("signed out") : Results.Redirect(QueryHelpers.AddQueryString(back, "state", context.Request.Query["state"].ToString()));
        });
    }

    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
            || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["nonce"]) || string.IsNullOrEmpty(query["redirect_uri"]))
            return Results.BadRequest("AADSTS900144: a required parameter is missing or wrong.");
        if (AuthorizeError is not null)
            return Results.Redirect(QueryHelpers.AddQueryString(query["redirect_uri"]!, new Dictionary<string, string?>
            {
                ["error"] = AuthorizeError, ["error_description"] = "AADSTS: refused by the loopback provider.", ["state"] = query["state"],
            }));
        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        _grants[code] = new Grant(NextObjectId, query["nonce"]!, query["code_challenge"]!, query["redirect_uri"]!);
        var back = new Dictionary<string, string?> { ["code"] = code, ["state"] = query["state"], ["session_state"] = Guid.NewGuid().ToString() };
        return Results.Redirect(QueryHelpers.AddQueryString(query["redirect_uri"]!, back));
    }

    private async Task<IResult> RedeemAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        string? error = null;
        if (TokenError is not null)
            error = TokenError;
        else if (form["grant_type"] != "authorization_code")
            error = "unsupported_grant_type";
        else if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            error = "invalid_client";
        else if (!_grants.TryRemove(form["code"].ToString(), out var grant) || form["redirect_uri"] != grant.RedirectUri
                 || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.CodeChallenge)
            error = "invalid_grant";
        else
        {
            _redemptions.Enqueue("ok");
            _redeemed.Release();
            return Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["scope"] = "openid profile",
                ["expires_in"] = 3600,
                ["access_token"] = "loopback-access-token",
                ["id_token"] = IdToken(grant),
            });
        }
        _redemptions.Enqueue(error);
        _redeemed.Release();
        return Results.Json(new { error, error_description = "AADSTS: refused by the loopback provider." }, statusCode: StatusCodes.Status400BadRequest);
    }

    private string IdToken(Grant grant)
    {
        var now = DateTimeOffset.UtcNow;
        var issued = Tamper == IdTokenTampering.Expired ? now.AddHours(-2) : now;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Tamper == IdTokenTampering.OtherIssuer ? $"https://login.microsoftonline.com/{Guid.NewGuid()}/v2.0" : Issuer,
            Audience = Tamper == IdTokenTampering.OtherAudience ? Guid.NewGuid().ToString() : ClientId,
            IssuedAt = issued.UtcDateTime,
            NotBefore = issued.UtcDateTime,
            Expires = issued.AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["oid"] = grant.ObjectId,
                ["tid"] = TenantId,
                ["sub"] = "pairwise-" + grant.ObjectId,
                ["ver"] = "2.0",
                ["name"] = "Loopback Officer",
                ["preferred_username"] = "officer@union.example",
                ["nonce"] = Tamper == IdTokenTampering.OtherNonce ? "not-the-nonce-we-were-given" : grant.Nonce,
            },
            SigningCredentials = new SigningCredentials(
                new RsaSecurityKey(Tamper == IdTokenTampering.ForeignKey ? _foreignKey : _key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static IResult Json(object value) => Results.Text(JsonSerializer.Serialize(value), "application/json");

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        _key.Dispose();
        _foreignKey.Dispose();
    }
}

/// <summary>Ways the loopback provider spoils an id_token; each must make the sign-in fail.</summary>
public enum IdTokenTampering
{
    None,
    ForeignKey,
    OtherNonce,
    OtherIssuer,
    OtherAudience,
    Expired,
}

using System.Security.Cryptography;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>
/// The Bot Connector's token issuer on loopback: an OpenID document, a JWKS whose key carries <c>endorsements</c>,
/// and RS256 tokens minted like the Connector's.
/// </summary>
public sealed class FakeIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "loopback-key-1";
    public static readonly string[] Endorsements = ["msteams", "webchat", "emulator"];

    private readonly RSA _rsa = RSA.Create(2048);
    private LoopbackServer? _server;

    public string MetadataUrl => _server!.BaseAddress + "/v1/.well-known/openidconfiguration";

    public int MetadataFetches { get; private set; }

    public static async Task<FakeIssuer> StartAsync()
    {
        var issuer = new FakeIssuer();
        issuer._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) =>
            {
                issuer.MetadataFetches++;
                var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
                return Results.Text(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["issuer"] = Issuer,
                    ["authorization_endpoint"] = "https://invalid.botframework.com/v1/auth",
                    ["jwks_uri"] = baseUrl + "/v1/.well-known/keys",
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                    ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
                }), "application/json");
            });
            app.MapGet("/v1/.well-known/keys", () => Results.Text(issuer.Jwks(), "application/json"));
        });
        return issuer;
    }

    private string Jwks()
    {
        var parameters = _rsa.ExportParameters(false);
        return JsonSerializer.Serialize(new
        {
            keys = new object[]
            {
                new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = Endorsements,
                },
            },
        });
    }

    /// <summary>An RS256 token as the Connector mints it; each part can be overridden.</summary>
    public string Mint(string audience, string serviceUrl, string issuer = Issuer, DateTimeOffset? expires = null, DateTimeOffset? now = null)
    {
        var at = now ?? DateTimeOffset.UtcNow;
        var exp = expires ?? at.AddMinutes(60);
        var key = new RsaSecurityKey(_rsa) { KeyId = KeyId };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddMinutes(-60).UtcDateTime,
            NotBefore = exp.AddMinutes(-60).UtcDateTime,
            Expires = exp.UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>The same claims signed with HS256 under our kid (must be refused).</summary>
    public static string MintHs256(string audience, string serviceUrl)
    {
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = KeyId };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with valid-looking claims.</summary>
    public static string MintUnsigned(string audience, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid = KeyId })));
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = Issuer, ["aud"] = audience, ["serviceurl"] = serviceUrl, ["nbf"] = now - 60, ["exp"] = now + 3600,
        })));
        return header + "." + payload + ".";
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        _rsa.Dispose();
    }
}

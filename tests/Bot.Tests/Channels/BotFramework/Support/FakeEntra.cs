using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>Entra ID's client-credentials token endpoint (and the discovery MSAL may ask for) on loopback.</summary>
public sealed class FakeEntra : IAsyncDisposable
{
    public const string AccessToken = "loopback-connector-token";
    private readonly ConcurrentQueue<string> _tokenRequests = new();
    private LoopbackServer? _server;

    public string AuthorityHost => _server!.BaseAddress;

    /// <summary>Form bodies of token requests received.</summary>
    public IReadOnlyList<string> TokenRequests => [.. _tokenRequests];

    public static async Task<FakeEntra> StartAsync(X509Certificate2? certificate = null)
    {
        var entra = new FakeEntra();
        entra._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (HttpContext context, string tenant) =>
            {
                var authority = $"{context.Request.Scheme}://{context.Request.Host}/{tenant}";
                return Results.Text(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["token_endpoint"] = authority + "/oauth2/v2.0/token",
                    ["authorization_endpoint"] = authority + "/oauth2/v2.0/authorize",
                    ["issuer"] = authority + "/v2.0",
                }), "application/json");
            });
            app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context) =>
            {
                using var reader = new StreamReader(context.Request.Body);
                entra._tokenRequests.Enqueue(await reader.ReadToEndAsync());
                return Results.Text(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["token_type"] = "Bearer",
                    ["expires_in"] = 3600,
                    ["ext_expires_in"] = 3600,
                    ["access_token"] = AccessToken,
                }), "application/json");
            });
        }, certificate);
        return entra;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}

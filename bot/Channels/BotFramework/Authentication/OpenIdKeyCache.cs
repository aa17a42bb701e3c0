using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Fetches the OpenID document and its JWKS, keeping each key's <c>endorsements</c> (IdentityModel's JsonWebKey does not
/// surface them reliably, so the raw JSON is read here). Refreshes after 24 h, and on an unknown kid when older than 1 h.
/// </summary>
internal sealed class OpenIdKeyCache(HttpClient http, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<OpenIdKeyCache> logger)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    public static readonly TimeSpan UnknownKidRefetchAge = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKeySet? _keys;

    /// <summary>The key for <paramref name="keyId"/>, or null when the issuer does not publish it.</summary>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await CurrentAsync(forceIfOlderThan: null, cancellationToken).ConfigureAwait(false);
        if (keys.Keys.TryGetValue(keyId, out var key))
            return key;
        keys = await CurrentAsync(UnknownKidRefetchAge, cancellationToken).ConfigureAwait(false);
        return keys.Keys.GetValueOrDefault(keyId);
    }

    private async Task<SigningKeySet> CurrentAsync(TimeSpan? forceIfOlderThan, CancellationToken cancellationToken)
    {
        var keys = _keys;
        if (keys is not null && !IsStale(keys, forceIfOlderThan))
            return keys;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            keys = _keys;
            if (keys is not null && !IsStale(keys, forceIfOlderThan))
                return keys;
            keys = await FetchAsync(cancellationToken).ConfigureAwait(false);
            _keys = keys;
            BotFrameworkLog.KeysLoaded(logger, keys.Keys.Count);
            return keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsStale(SigningKeySet keys, TimeSpan? forceIfOlderThan)
    {
        var age = time.GetUtcNow() - keys.FetchedAt;
        return age >= MaxAge || (forceIfOlderThan is { } limit && age >= limit);
    }

    private async Task<SigningKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var metadataUrl = new Uri(options.Value.OpenIdMetadataUrl);
        string? jwksUri;
        using (var metadata = await GetJsonAsync(metadataUrl, cancellationToken).ConfigureAwait(false))
        {
            jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) ? uri.GetString() : null;
        }

        if (string.IsNullOrEmpty(jwksUri))
            throw new InvalidOperationException("The OpenID document has no jwks_uri.");

        using var jwks = await GetJsonAsync(new Uri(metadataUrl, jwksUri), cancellationToken).ConfigureAwait(false);
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        if (jwks.RootElement.TryGetProperty("keys", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var raw in array.EnumerateArray())
            {
                if (ReadKey(raw) is { } key)
                    keys[key.KeyId] = key;
            }
        }

        return new SigningKeySet(keys, time.GetUtcNow());
    }

    private static SigningKey? ReadKey(JsonElement raw)
    {
        if (raw.ValueKind != JsonValueKind.Object || !raw.TryGetProperty("kid", out var kid) || kid.GetString() is not { Length: > 0 } keyId)
            return null;
        JsonWebKey key;
        try
        {
            key = new JsonWebKey(raw.GetRawText());
        }
        catch (ArgumentException)
        {
            return null;
        }

        var endorsements = new List<string>();
        if (raw.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } endorsement)
                    endorsements.Add(endorsement);
            }
        }

        return new SigningKey(keyId, key, endorsements);
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}

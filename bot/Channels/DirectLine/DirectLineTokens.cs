using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks conversation tokens: <c>base64url(payload).base64url(HMAC-SHA256(payload))</c>, the payload
/// naming one conversation, one user and an expiry. Stateless, so every instance sharing the key accepts them.
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] _key;
    private readonly int _lifetimeSeconds;
    private readonly TimeProvider _time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTokens> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.TokenSigningKey))
        {
            _key = RandomNumberGenerator.GetBytes(32);
            DirectLineLog.RandomSigningKey(logger);
        }
        else
        {
            _key = Encoding.UTF8.GetBytes(settings.TokenSigningKey);
        }

        _lifetimeSeconds = settings.TokenLifetimeSeconds;
        _time = time;
    }

    /// <summary>A new user id with the <c>dl_</c> prefix Direct Line requires for ids embedded in tokens.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new conversation id (letters and digits only, so it is safe in paths and activity ids).</summary>
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Signs a token for <paramref name="userId"/> in <paramref name="conversationId"/>, valid for the configured lifetime.</summary>
    public IssuedToken Issue(string conversationId, string userId, string? userName)
    {
        var claims = new TokenClaims(conversationId, userId, userName, _time.GetUtcNow().AddSeconds(_lifetimeSeconds));
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new TokenPayload(claims.ConversationId, claims.UserId, claims.UserName, claims.ExpiresAt.ToUnixTimeSeconds()),
            DirectLineJsonContext.Default.TokenPayload);
        var token = Base64Url(payload) + "." + Base64Url(HMACSHA256.HashData(_key, payload));
        return new IssuedToken(token, claims, _lifetimeSeconds);
    }

    /// <summary>The claims of a well-signed, unexpired token; null for anything else.</summary>
    public TokenClaims? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
            return null;
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1)
            return null;
        byte[] payload, signature;
        try
        {
            payload = Convert.FromBase64String(Pad(token[..dot]));
            signature = Convert.FromBase64String(Pad(token[(dot + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
            return null;
        TokenPayload? read;
        try
        {
            read = JsonSerializer.Deserialize(payload, DirectLineJsonContext.Default.TokenPayload);
        }
        catch (JsonException)
        {
            return null;
        }

        if (read is null || string.IsNullOrEmpty(read.C) || string.IsNullOrEmpty(read.U))
            return null;
        var expires = DateTimeOffset.FromUnixTimeSeconds(read.E);
        return expires <= _time.GetUtcNow() ? null : new TokenClaims(read.C, read.U, read.N, expires);
    }

    /// <summary>The bearer token of an <c>Authorization</c> header value.</summary>
    public static string? Bearer(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : null;

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return (text.Length % 4) switch
        {
            2 => text + "==",
            3 => text + "=",
            _ => text,
        };
    }
}

using Assistant.Bot.Channels.Activities.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Checks the <c>Authorization</c> header of an activity sent by the Bot Connector (protocol notes 5.1): RS256/384/512
/// signature by a published key, issuer, audience = our app id, lifetime with 5 minutes of skew, the key's endorsements
/// containing the channel id, and the <c>serviceurl</c> claim equal to the activity's serviceUrl. Emulator and skill
/// tokens (5.2) are rejected: their issuers are not the Connector's and this bot is not a skill host.
/// </summary>
internal sealed class BotFrameworkTokenValidator
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly OpenIdKeyCache _keys;
    private readonly IOptions<BotFrameworkOptions> _options;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public BotFrameworkTokenValidator(OpenIdKeyCache keys, IOptions<BotFrameworkOptions> options, TimeProvider time)
    {
        _keys = keys;
        _options = options;
        _time = time;
    }

    /// <summary>Judges <paramref name="authorizationHeader"/> for <paramref name="activity"/>.</summary>
    public async Task<TokenVerdict> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var options = _options.Value;
        if (options.IsUnauthenticated)
            return TokenVerdict.Anonymous;

        if (string.IsNullOrWhiteSpace(authorizationHeader))
            return TokenVerdict.Reject("missing Authorization header");
        var parts = authorizationHeader.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
            return TokenVerdict.Reject("not a Bearer token");

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return TokenVerdict.Reject("malformed token");
        }

        if (!Algorithms.Contains(token.Alg, StringComparer.Ordinal))
            return TokenVerdict.Reject("algorithm not allowed");
        if (string.IsNullOrEmpty(token.Kid))
            return TokenVerdict.Reject("no kid");

        var key = await _keys.FindAsync(token.Kid, cancellationToken).ConfigureAwait(false);
        if (key is null)
            return TokenVerdict.Reject("unknown signing key");

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.AppId,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = ValidateLifetime,
            ValidateIssuerSigningKey = false,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
            return TokenVerdict.Reject(Describe(result.Exception));

        if (key.Endorsements.Count > 0 && !key.Endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.Ordinal))
            return TokenVerdict.Reject("channel not endorsed by the signing key");

        var serviceUrl = token.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.Ordinal))
            return TokenVerdict.Reject("serviceurl claim does not match the activity");

        return TokenVerdict.Valid;
    }

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (expires is null)
            return false;
        if (notBefore is { } nbf && nbf > now + ClockSkew)
            return false;
        return expires.Value >= now - ClockSkew;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNotYetValidException => "token outside its lifetime",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "bad signature",
        SecurityTokenInvalidAlgorithmException => "algorithm not allowed",
        _ => "invalid token",
    };
}

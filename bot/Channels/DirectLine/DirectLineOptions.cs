using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>Settings of our own Direct Line 3.0 endpoint (Web Chat on the union's intranet page).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>The Direct Line secret, accepted only by <c>POST /v3/directline/tokens/generate</c>. Empty: that call is refused.</summary>
    public string? Secret { get; set; }

    /// <summary>HMAC-SHA256 key signing conversation tokens (at least 32 characters). Empty: a random key per process.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token is valid, in seconds.</summary>
    [Range(60, 24 * 3600)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Request header carrying the signed-in user's id, set by the intranet's reverse proxy. Empty: anonymous users with a cookie id.</summary>
    public string? TrustedUserHeader { get; set; }

    /// <summary>Conversations with no activity for this many days are deleted with their history.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Largest accepted request body in bytes; bigger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The public base address (<c>https://union.example/chat</c>) stream URLs are built from behind a proxy. Empty: the request's own.</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }
}

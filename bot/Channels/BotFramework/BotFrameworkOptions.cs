using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>Settings of the Bot Framework channel (Teams, Emulator, Azure Web Chat via the Bot Connector).</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>The bot's Microsoft App Id. Empty: unauthenticated mode (Development or <see cref="AllowUnauthenticated"/> only).</summary>
    public string? AppId { get; set; }

    /// <summary>The app's client secret, for outbound Connector tokens.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Entra tenant for outbound tokens: our tenant id for a single-tenant app; empty means <c>botframework.com</c>.</summary>
    public string? TenantId { get; set; }

    /// <summary>OpenID document of the Bot Connector's token issuer.</summary>
    [Required, Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The only accepted <c>iss</c> of inbound tokens.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>Entra ID host that issues outbound tokens (<c>{AuthorityHost}/{tenant}</c>).</summary>
    [Required, Url]
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Scope of outbound Connector tokens.</summary>
    [Required(AllowEmptyStrings = false)]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Teams tenants whose activities are handled; empty: all tenants.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>Largest accepted activity body in bytes; bigger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Allow running without an app id outside Development (no inbound token check, no outbound token).</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>True when no app id is configured.</summary>
    public bool IsUnauthenticated => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The tenant used in the outbound authority.</summary>
    public string AuthorityTenant => string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId;
}

namespace Assistant.Bot.Handoff.Officers.SignIn;

/// <summary>
/// The union's Entra ID app registration for officer sign-in (authorization code flow with PKCE, a confidential client).
/// Section <c>Handoff:OfficerSignIn:Entra</c>; configured as soon as TenantId or ClientId is set.
/// </summary>
public sealed class EntraSignInOptions
{
    /// <summary>The Entra ID host; the authority is <c>{Instance}/{TenantId}/v2.0</c>.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The union's tenant (a GUID or a verified domain); multi-tenant names (common, organizations, consumers) are refused.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The app registration's Application (client) id.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The app registration's client secret; from the environment or a secret store, never a committed file.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>Where Entra ID sends the browser back with the code; register <c>https://{host}{CallbackPath}</c> as a Web redirect URI.</summary>
    public string CallbackPath { get; set; } = "/officer/signin-oidc";

    /// <summary>Where Entra ID sends the browser back after signing out (post_logout_redirect_uri); register <c>https://{host}{SignedOutCallbackPath}</c> as a second Web redirect URI.</summary>
    public string SignedOutCallbackPath { get; set; } = "/officer/signout-oidc";

    /// <summary>Signing out of the console also ends the officer's Entra ID session (a shared union-office computer).</summary>
    public bool SignOutOfEntra { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(TenantId) || !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The OpenID Connect authority (its discovery document is <c>{Authority}/.well-known/openid-configuration</c>).</summary>
    public string Authority => Instance.TrimEnd('/') + "/" + TenantId.Trim() + "/v2.0";
}

using System.Security.Claims;

namespace Assistant.Bot.Handoff.Officers.SignIn;

/// <summary>The officer session's identity: the officer id and how they signed in; nothing else from the identity provider is kept.</summary>
internal static class OfficerClaims
{
    /// <summary>Claim naming the sign-in method (<see cref="Password"/> or <see cref="Entra"/>).</summary>
    public const string Method = "officer_sign_in";
    public const string Password = "password";
    public const string Entra = "entra";

    public static ClaimsPrincipal Principal(string officerId, string method) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, officerId), new Claim(Method, method)], OfficerSignIn.CookieScheme));
}

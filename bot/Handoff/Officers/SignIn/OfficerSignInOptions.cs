namespace Assistant.Bot.Handoff.Officers.SignIn;

/// <summary>How officers sign in to the console and the officer API. Section <c>Handoff:OfficerSignIn</c>.</summary>
public sealed class OfficerSignInOptions
{
    public const string SectionName = "Handoff:OfficerSignIn";

    /// <summary>Entra ID (OpenID Connect). Unset: officers sign in with the passwords of <c>Handoff:Grid:Officers</c>.</summary>
    public EntraSignInOptions Entra { get; set; } = new();

    /// <summary>Keep password sign-in beside Entra ID (a break-glass account, a migration). Off by default: with Entra ID configured, passwords are refused.</summary>
    public bool KeepPasswordSignIn { get; set; }

    /// <summary>True when <c>POST /officer/login</c> accepts passwords.</summary>
    public bool PasswordsAccepted => !Entra.Enabled || KeepPasswordSignIn;
}

using Microsoft.Extensions.Options;

namespace Assistant.Bot.Handoff.Officers.SignIn;

/// <summary>
/// Every officer can sign in the way the bot is configured: a well-formed password hash while passwords are accepted,
/// an Entra object id (a GUID, used once) while Entra ID is. An officer with neither could never reach the console.
/// </summary>
internal sealed class OfficerAccountsValidator(IOptions<OfficerSignInOptions> signInOptions) : IValidateOptions<HandoffOptions>
{
    public ValidateOptionsResult Validate(string? name, HandoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var signIn = signInOptions.Value;
        var entra = signIn.Entra.Enabled;
        var failures = new List<string>();
        foreach (var officer in options.Grid.Officers)
        {
            var hasHash = !string.IsNullOrEmpty(officer.PasswordHash);
            var hasObjectId = !string.IsNullOrWhiteSpace(officer.EntraObjectId);
            if (hasHash && !OfficerPasswords.IsWellFormed(officer.PasswordHash))
                failures.Add($"Officer '{officer.Id}': PasswordHash is malformed (see bot/README.md, 'Officer accounts').");
            if (hasObjectId && !Guid.TryParse(officer.EntraObjectId, out _))
                failures.Add($"Officer '{officer.Id}': EntraObjectId must be the user's Entra object id (a GUID).");
            if (!entra && !hasHash)
                failures.Add($"Officer '{officer.Id}': PasswordHash is missing; set Handoff__Grid__Officers__<n>__PasswordHash (see bot/README.md, 'Officer accounts').");
            if (entra && !hasObjectId && !(signIn.PasswordsAccepted && hasHash))
                failures.Add($"Officer '{officer.Id}': EntraObjectId is missing; set Handoff__Grid__Officers__<n>__EntraObjectId to the user's object id (Entra admin center, Users).");
        }
        foreach (var duplicate in options.Grid.Officers
                     .Where(o => Guid.TryParse(o.EntraObjectId, out _))
                     .GroupBy(o => Guid.Parse(o.EntraObjectId!))
                     .Where(g => g.Count() > 1))
            failures.Add($"EntraObjectId {duplicate.Key} is given to more than one officer ({string.Join(", ", duplicate.Select(o => o.Id))}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

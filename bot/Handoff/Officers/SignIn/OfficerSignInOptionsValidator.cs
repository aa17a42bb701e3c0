using Microsoft.Extensions.Options;

namespace Assistant.Bot.Handoff.Officers.SignIn;

/// <summary>Checks the Entra ID settings at start, so a half-configured sign-in fails with a message instead of at the first officer.</summary>
internal sealed class OfficerSignInOptionsValidator(IHostEnvironment environment) : IValidateOptions<OfficerSignInOptions>
{
    private static readonly string[] MultiTenantNames = ["common", "organizations", "consumers"];

    public ValidateOptionsResult Validate(string? name, OfficerSignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var entra = options.Entra;
        if (!entra.Enabled)
            return options.KeepPasswordSignIn
                ? ValidateOptionsResult.Fail("Handoff:OfficerSignIn:KeepPasswordSignIn is only meaningful with Handoff:OfficerSignIn:Entra configured; remove it.")
                : ValidateOptionsResult.Success;

        const string Section = "Handoff:OfficerSignIn:Entra";
        var failures = new List<string>();
        if (!Uri.TryCreate(entra.Instance, UriKind.Absolute, out var instance) || instance.Query.Length > 0 || instance.Fragment.Length > 0)
            failures.Add($"{Section}:Instance must be an absolute URL like https://login.microsoftonline.com/.");
        else if (instance.Scheme != Uri.UriSchemeHttps && !(instance.Scheme == Uri.UriSchemeHttp && environment.IsDevelopment()))
            failures.Add($"{Section}:Instance must be https (plain http only in Development); it was '{instance.Scheme}'.");
        var tenant = entra.TenantId.Trim();
        if (tenant.Length == 0)
            failures.Add($"{Section}:TenantId is required: the union's tenant id (a GUID) from the app registration's overview.");
        else if (MultiTenantNames.Contains(tenant, StringComparer.OrdinalIgnoreCase))
            failures.Add($"{Section}:TenantId '{tenant}' would let any tenant's users reach the sign-in; use the union's own tenant id.");
        else if (!Guid.TryParse(tenant, out _) && Uri.CheckHostName(tenant) != UriHostNameType.Dns)
            failures.Add($"{Section}:TenantId must be a tenant GUID or a verified domain name.");
        if (!Guid.TryParse(entra.ClientId, out _))
            failures.Add($"{Section}:ClientId must be the app registration's Application (client) id, a GUID.");
        if (string.IsNullOrWhiteSpace(entra.ClientSecret))
            failures.Add($"{Section}:ClientSecret is required; set it through the environment (Handoff__OfficerSignIn__Entra__ClientSecret) or a secret store, never a committed file.");
        foreach (var (setting, path) in new[] { ("CallbackPath", entra.CallbackPath), ("SignedOutCallbackPath", entra.SignedOutCallbackPath) })
        {
            if (string.IsNullOrEmpty(path) || path[0] != '/' || path.Contains('?') || path.Contains('#'))
                failures.Add($"{Section}:{setting} must be a path starting with '/'.");
        }
        if (string.Equals(entra.CallbackPath, entra.SignedOutCallbackPath, StringComparison.OrdinalIgnoreCase))
            failures.Add($"{Section}:SignedOutCallbackPath must differ from CallbackPath.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

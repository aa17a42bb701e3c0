using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Officers.SignIn;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Tests.Handoff.Officers.SignIn;

/// <summary>Sign-in settings and officer credentials are checked at start, with messages naming the setting.</summary>
public sealed class OfficerSignInOptionsTests
{
    private const string TenantId = "3f2b6c1e-8d4a-4e5b-9c7d-0a1b2c3d4e5f";
    private const string ClientId = "b8e6f0a2-1c3d-4e5f-8a9b-7c6d5e4f3a2b";

    [Fact]
    public void Without_Entra_settings_sign_in_is_by_password_and_valid()
    {
        var options = new OfficerSignInOptions();

        Assert.False(options.Entra.Enabled);
        Assert.True(options.PasswordsAccepted);
        Assert.True(Validate(options, "Production").Succeeded);
    }

    [Fact]
    public void Complete_Entra_settings_are_valid_and_turn_passwords_off()
    {
        var options = Entra();

        Assert.True(Validate(options, "Production").Succeeded);
        Assert.False(options.PasswordsAccepted);
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/v2.0", options.Entra.Authority);
        options.KeepPasswordSignIn = true;
        Assert.True(options.PasswordsAccepted);
    }

    [Theory]
    [InlineData("Instance", "http://login.example/", "Production", "must be https")]
    [InlineData("Instance", "login.microsoftonline.com", "Development", "absolute URL")]
    [InlineData("TenantId", "", "Production", "TenantId is required")]
    [InlineData("TenantId", "common", "Production", "any tenant")]
    [InlineData("TenantId", "organizations", "Production", "any tenant")]
    [InlineData("TenantId", "not a tenant!", "Production", "tenant GUID or a verified domain")]
    [InlineData("ClientId", "my-app", "Production", "ClientId must be")]
    [InlineData("ClientSecret", "", "Production", "ClientSecret is required")]
    [InlineData("CallbackPath", "signin-oidc", "Production", "CallbackPath must be a path")]
    [InlineData("SignedOutCallbackPath", "/officer/signin-oidc", "Production", "must differ")]
    public void A_bad_Entra_setting_is_refused_naming_it(string setting, string value, string environment, string expected)
    {
        var options = Entra();
        typeof(EntraSignInOptions).GetProperty(setting)!.SetValue(options.Entra, value);

        var result = Validate(options, environment);

        Assert.True(result.Failed);
        Assert.Contains("Handoff:OfficerSignIn:Entra:" + setting, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_Entra_instance_is_accepted_in_Development_only()
    {
        var options = Entra();
        options.Entra.Instance = "http://127.0.0.1:5555/";

        Assert.True(Validate(options, "Development").Succeeded);
        Assert.True(Validate(options, "Production").Failed);
    }

    [Fact]
    public void Keeping_passwords_without_Entra_is_refused()
    {
        var result = Validate(new OfficerSignInOptions { KeepPasswordSignIn = true }, "Production");

        Assert.True(result.Failed);
        Assert.Contains("KeepPasswordSignIn", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void With_passwords_every_officer_needs_a_well_formed_hash()
    {
        var grid = SampleGrid.Options();
        grid.Grid.Officers[0].PasswordHash = "";
        grid.Grid.Officers[1].PasswordHash = "pbkdf2-sha256$10$abc$def";

        var result = Accounts(new OfficerSignInOptions(), grid);

        Assert.Contains("Officer 'wangli': PasswordHash is missing", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Officer 'liuyang': PasswordHash is malformed", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void With_Entra_every_officer_needs_an_object_id_given_once()
    {
        var grid = SampleGrid.Options();
        var shared = Guid.NewGuid().ToString();
        grid.Grid.Officers[0].EntraObjectId = shared;
        grid.Grid.Officers[1].EntraObjectId = shared.ToUpperInvariant();
        grid.Grid.Officers[2].EntraObjectId = "sunwei@union.example";

        var result = Accounts(Entra(), grid);

        Assert.Contains("Officer 'sunwei': EntraObjectId must be", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Officer 'huangtao': EntraObjectId is missing", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("more than one officer (wangli, liuyang)", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void With_Entra_an_officer_needs_no_password_and_with_passwords_kept_a_hash_is_enough()
    {
        var grid = SampleGrid.Options();
        foreach (var officer in grid.Grid.Officers)
        {
            officer.PasswordHash = "";
            officer.EntraObjectId = Guid.NewGuid().ToString();
        }
        Assert.True(Accounts(Entra(), grid).Succeeded);

        var kept = SampleGrid.Options();
        kept.Grid.Officers[0].EntraObjectId = Guid.NewGuid().ToString();
        var signIn = Entra();
        signIn.KeepPasswordSignIn = true;
        Assert.True(Accounts(signIn, kept).Succeeded);
    }

    [Fact]
    public void The_real_bot_does_not_start_with_half_configured_Entra_sign_in()
    {
        using var bot = new BotFactory(new()
        {
            ["Knowledge:BuildWhenMissing"] = "false",
            ["Handoff:OfficerSignIn:Entra:TenantId"] = TenantId,
            ["Handoff:OfficerSignIn:Entra:ClientId"] = ClientId,
        });

        var failure = Assert.ThrowsAny<Exception>(() => bot.Services);

        Assert.Contains("Handoff:OfficerSignIn:Entra:ClientSecret is required", failure.ToString(), StringComparison.Ordinal);
    }

    private static OfficerSignInOptions Entra() => new()
    {
        Entra = new EntraSignInOptions { TenantId = TenantId, ClientId = ClientId, ClientSecret = "from-the-environment" },
    };

    private static ValidateOptionsResult Validate(OfficerSignInOptions options, string environment) =>
        new OfficerSignInOptionsValidator(new Environment(environment)).Validate(null, options);

    private static ValidateOptionsResult Accounts(OfficerSignInOptions signIn, HandoffOptions handoff) =>
        new OfficerAccountsValidator(Options.Create(signIn)).Validate(null, handoff);

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Assistant.Bot";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

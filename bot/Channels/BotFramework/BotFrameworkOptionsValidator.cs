using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>Refuses unauthenticated mode outside Development unless switched on explicitly, and a half-configured app.</summary>
internal sealed class BotFrameworkOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        if (options.IsUnauthenticated)
        {
            return environment.IsDevelopment() || options.AllowUnauthenticated
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "BotFramework:AppId is empty: unauthenticated mode is refused outside Development. Set BotFramework:AppId and BotFramework:AppPassword, or BotFramework:AllowUnauthenticated=true for a test rig.");
        }

        return string.IsNullOrWhiteSpace(options.AppPassword)
            ? ValidateOptionsResult.Fail("BotFramework:AppPassword is required when BotFramework:AppId is set.")
            : ValidateOptionsResult.Success;
    }
}

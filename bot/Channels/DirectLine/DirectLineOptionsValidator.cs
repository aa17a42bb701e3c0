using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>Refuses a signing key too short to be safe and a secret that could be guessed.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public const int MinimumKeyLength = 32;
    public const int MinimumSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        if (!string.IsNullOrEmpty(options.TokenSigningKey) && options.TokenSigningKey.Length < MinimumKeyLength)
            return ValidateOptionsResult.Fail($"DirectLine:TokenSigningKey must be at least {MinimumKeyLength} characters (or empty for a random key per process).");
        if (!string.IsNullOrEmpty(options.Secret) && options.Secret.Length < MinimumSecretLength)
            return ValidateOptionsResult.Fail($"DirectLine:Secret must be at least {MinimumSecretLength} characters (or empty to refuse tokens/generate).");
        if (!string.IsNullOrEmpty(options.TrustedUserHeader) && options.TrustedUserHeader.Any(c => char.IsWhiteSpace(c) || c == ':'))
            return ValidateOptionsResult.Fail("DirectLine:TrustedUserHeader must be a header name.");
        return ValidateOptionsResult.Success;
    }
}

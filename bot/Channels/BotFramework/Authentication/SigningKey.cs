using Microsoft.IdentityModel.Tokens;

namespace Assistant.Bot.Channels.BotFramework.Authentication;

/// <summary>A key of the issuer's JWKS with the channels that endorse it (empty: no restriction).</summary>
/// <param name="KeyId">The <c>kid</c>.</param>
/// <param name="Key">The key for signature checks.</param>
/// <param name="Endorsements">The <c>endorsements</c> array, read from the raw JWKS JSON.</param>
internal sealed record SigningKey(string KeyId, SecurityKey Key, IReadOnlyList<string> Endorsements);

using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// <c>POST /api/webchat/token</c> for the page (same origin): a token bound to the user's latest conversation (so a
/// reload resumes it) or to a new one. The user is the trusted proxy header's value when configured, otherwise an
/// anonymous id kept in an HttpOnly cookie. The Direct Line secret never reaches the browser.
/// </summary>
internal sealed class WebChatTokenEndpoint(DirectLineTokens tokens, DirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public const string CookieName = "assistant_webchat_user";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var settings = options.Value;
        string userId;
        string? userName = null;
        var header = string.IsNullOrEmpty(settings.TrustedUserHeader) ? null : context.Request.Headers[settings.TrustedUserHeader].ToString();
        if (!string.IsNullOrWhiteSpace(header))
        {
            userName = header.Trim();
            userId = FromTrustedName(userName);
        }
        else if (context.Request.Cookies[CookieName] is { } cookie && IsAnonymousId(cookie))
        {
            userId = cookie;
        }
        else
        {
            userId = DirectLineTokens.NewUserId();
        }

        if (string.IsNullOrWhiteSpace(header))
        {
            // Renewed on every visit, so an active user keeps the same id for the retention period.
            context.Response.Cookies.Append(CookieName, userId, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                IsEssential = true,
                Path = "/",
                Expires = time.GetUtcNow().AddDays(settings.RetentionDays),
            });
        }

        var fresh = await WantsNewConversationAsync(context);
        var latest = fresh ? null : await store.LatestConversationOfAsync(userId, context.RequestAborted);
        var issued = tokens.Issue(latest?.ConversationId ?? DirectLineTokens.NewConversationId(), userId, userName);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(
            new WebChatTokenResponse(issued.Claims.ConversationId, issued.Token, issued.LifetimeSeconds, userId, latest is not null),
            DirectLineJsonContext.Default.WebChatTokenResponse);
    }

    /// <summary><c>dl_</c> + the name when it is plain ASCII (a login), else a hash of it (Chinese names, odd characters), so distinct names never share an id.</summary>
    public static string FromTrustedName(string name) =>
        name.Length <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@')
            ? "dl_" + name
            : "dl_h" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..32];

    private static bool IsAnonymousId(string value) =>
        value.Length == 35 && value.StartsWith("dl_", StringComparison.Ordinal) && value.Skip(3).All(char.IsAsciiHexDigitLower);

    // Body {"newConversation": true} starts over; anything else (or nothing) resumes.
    private static async Task<bool> WantsNewConversationAsync(HttpContext context)
    {
        if (context.Request.ContentLength is null or 0 or > 1024)
            return false;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("newConversation", out var value)
                && value.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

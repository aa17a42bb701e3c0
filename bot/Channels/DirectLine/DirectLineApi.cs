using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Assistant.Bot.Channels.Activities.Inbound;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST calls Web Chat makes (protocol notes, section 6). Every refusal happens before anything
/// is stored: 401 bad token, 403 another conversation's token, 404 unknown conversation, 413 too big, 400 malformed.
/// </summary>
internal sealed class DirectLineApi(
    DirectLineTokens tokens,
    DirectLineStore store,
    DirectLineChannel channel,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineApi> logger)
{
    /// <summary><c>POST /tokens/generate</c> with the secret: a token for a new conversation and user.</summary>
    public async Task<IResult> GenerateAsync(HttpContext context)
    {
        var secret = options.Value.Secret;
        var bearer = DirectLineTokens.Bearer(context.Request.Headers.Authorization);
        if (string.IsNullOrEmpty(secret) || bearer is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), Encoding.UTF8.GetBytes(secret)))
            return Refuse(StatusCodes.Status401Unauthorized, "The Direct Line secret is missing or wrong.");

        var body = await ReadJsonAsync(context);
        if (body.Error is not null)
            return body.Error;
        string? userId = null, userName = null;
        if (body.Json is { ValueKind: JsonValueKind.Object } json
            && json.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object)
        {
            userId = user.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            userName = user.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        }

        userId = string.IsNullOrWhiteSpace(userId) ? DirectLineTokens.NewUserId()
            : userId.StartsWith("dl_", StringComparison.Ordinal) ? userId : "dl_" + userId;
        var issued = tokens.Issue(DirectLineTokens.NewConversationId(), userId, userName);
        return Conversation(issued, streamUrl: null, StatusCodes.Status200OK);
    }

    /// <summary><c>POST /tokens/refresh</c>: the same grant with a new expiry, only while the old token is valid.</summary>
    public IResult Refresh(HttpContext context)
    {
        if (tokens.Validate(DirectLineTokens.Bearer(context.Request.Headers.Authorization)) is not { } claims)
            return Refuse(StatusCodes.Status401Unauthorized, "The token is missing, forged or expired.");
        return Conversation(tokens.Issue(claims.ConversationId, claims.UserId, claims.UserName), streamUrl: null, StatusCodes.Status200OK);
    }

    /// <summary><c>POST /conversations</c>: starts the token's conversation (201, with the welcome) or returns it (200).</summary>
    public async Task<IResult> StartAsync(HttpContext context)
    {
        var bearer = DirectLineTokens.Bearer(context.Request.Headers.Authorization);
        if (tokens.Validate(bearer) is not { } claims)
            return Refuse(StatusCodes.Status401Unauthorized, "The token is missing, forged or expired.");
        var body = await ReadJsonAsync(context);
        if (body.Error is not null)
            return body.Error;
        var existing = await store.GetConversationAsync(claims.ConversationId, context.RequestAborted);
        if (existing is not null && !string.Equals(existing.UserId, claims.UserId, StringComparison.Ordinal))
            return Refuse(StatusCodes.Status403Forbidden, "The token is not for this conversation's user.");
        var locale = body.Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("locale", out var l) && l.ValueKind == JsonValueKind.String
            ? l.GetString()
            : null;
        var created = existing is null && await channel.StartAsync(claims, locale, context.RequestAborted);
        var issued = new IssuedToken(bearer!, claims, Remaining(claims));
        return Conversation(issued, StreamUrl(context, claims.ConversationId, bearer!, 0), created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary><c>GET /conversations/{id}?watermark=</c>: reconnect, with a new stream URL that replays after the watermark.</summary>
    public async Task<IResult> ReconnectAsync(HttpContext context, string conversationId)
    {
        var access = await AuthorizeAsync(context, conversationId, DirectLineTokens.Bearer(context.Request.Headers.Authorization));
        if (access.Error is not null)
            return access.Error;
        if (!TryWatermark(context, out var watermark))
            return Refuse(StatusCodes.Status400BadRequest, "The watermark is not a number.");
        var bearer = DirectLineTokens.Bearer(context.Request.Headers.Authorization)!;
        var issued = new IssuedToken(bearer, access.Claims!, Remaining(access.Claims!));
        return Conversation(issued, StreamUrl(context, conversationId, bearer, watermark), StatusCodes.Status200OK);
    }

    /// <summary><c>POST /conversations/{id}/activities</c>: store + echo, run the turn, <c>200 {id}</c> or 502 when the turn failed.</summary>
    public async Task<IResult> PostActivityAsync(HttpContext context, string conversationId)
    {
        var access = await AuthorizeAsync(context, conversationId, DirectLineTokens.Bearer(context.Request.Headers.Authorization));
        if (access.Error is not null)
            return access.Error;
        var read = await ActivityReader.ReadBodyAsync(context.Request, options.Value.MaxBodyBytes, context.RequestAborted);
        if (read.Activity is not { } activity)
            return Refuse(read.Status, read.Reason!);
        var (id, failed) = await channel.ReceiveAsync(access.Claims!, activity, context.RequestAborted);
        return failed
            ? Results.Problem(statusCode: StatusCodes.Status502BadGateway, detail: "The bot failed to handle the activity.")
            : Results.Json(new ResourceId(id), DirectLineJsonContext.Default.ResourceId);
    }

    /// <summary><c>GET /conversations/{id}/activities?watermark=</c>: the ActivitySet after the watermark (polling).</summary>
    public async Task<IResult> GetActivitiesAsync(HttpContext context, string conversationId)
    {
        var access = await AuthorizeAsync(context, conversationId, DirectLineTokens.Bearer(context.Request.Headers.Authorization));
        if (access.Error is not null)
            return access.Error;
        if (!TryWatermark(context, out var watermark))
            return Refuse(StatusCodes.Status400BadRequest, "The watermark is not a number.");
        var activities = await store.ActivitiesAfterAsync(conversationId, watermark, context.RequestAborted);
        return Results.Text(ActivitySet.Write(activities, watermark), "application/json; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>Token valid (401), for this conversation (403), which exists (404).</summary>
    public async Task<Access> AuthorizeAsync(HttpContext context, string conversationId, string? token)
    {
        if (tokens.Validate(token) is not { } claims)
            return new(null, Refuse(StatusCodes.Status401Unauthorized, "The token is missing, forged or expired."));
        if (!string.Equals(claims.ConversationId, conversationId, StringComparison.Ordinal))
            return new(null, Refuse(StatusCodes.Status403Forbidden, "The token is for another conversation."));
        var conversation = await store.GetConversationAsync(conversationId, context.RequestAborted);
        if (conversation is null)
            return new(null, Refuse(StatusCodes.Status404NotFound, "No such conversation."));
        if (!string.Equals(conversation.UserId, claims.UserId, StringComparison.Ordinal))
            return new(null, Refuse(StatusCodes.Status403Forbidden, "The token is not for this conversation's user."));
        return new(claims, null);
    }

    public static bool TryWatermark(HttpContext context, out long watermark)
    {
        var text = context.Request.Query["watermark"].ToString();
        watermark = 0;
        return string.IsNullOrEmpty(text) || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }

    private string StreamUrl(HttpContext context, string conversationId, string token, long watermark)
    {
        var configured = options.Value.PublicBaseUrl;
        var request = context.Request;
        var baseUrl = string.IsNullOrEmpty(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.TrimEnd('/');
        var socketBase = baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + baseUrl[8..]
            : baseUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + baseUrl[7..]
            : baseUrl;
        return $"{socketBase}{DirectLineExtensions.BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}"
            + (watermark > 0 ? "&watermark=" + watermark.ToString(CultureInfo.InvariantCulture) : string.Empty);
    }

    private int Remaining(TokenClaims claims) => Math.Max(0, (int)(claims.ExpiresAt - time.GetUtcNow()).TotalSeconds);

    private static IResult Conversation(IssuedToken issued, string? streamUrl, int status) =>
        Results.Json(
            new ConversationResponse(issued.Claims.ConversationId, issued.Token, issued.LifetimeSeconds, streamUrl),
            DirectLineJsonContext.Default.ConversationResponse,
            statusCode: status);

    /// <summary>An optional small JSON body (size and syntax checked), or the refusal.</summary>
    private async Task<(JsonElement? Json, IResult? Error)> ReadJsonAsync(HttpContext context)
    {
        var max = options.Value.MaxBodyBytes;
        if (context.Request.ContentLength > max)
            return (null, Refuse(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {max} bytes."));
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > max)
                return (null, Refuse(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {max} bytes."));
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
            return (null, null);
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (null, Refuse(StatusCodes.Status400BadRequest, "The body is not JSON."));
        }
    }

    private IResult Refuse(int status, string reason)
    {
        DirectLineLog.Refused(logger, status, reason);
        return Results.Problem(statusCode: status, detail: reason);
    }

    /// <summary>What a token opens, or the refusal.</summary>
    internal sealed record Access(TokenClaims? Claims, IResult? Error);
}

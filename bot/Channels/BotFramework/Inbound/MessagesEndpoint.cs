using System.Text.Json;
using Assistant.Bot.Channels.BotFramework.Authentication;
using Assistant.Bot.Channels.BotFramework.Connector;
using Assistant.Bot.Channels.Activities.Inbound;
using Assistant.Bot.Channels.Activities.Rendering;
using Assistant.Bot.Channels.Activities.Schema;
using Assistant.Bot.Conversations;
using Microsoft.Extensions.Options;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Channels.BotFramework.Inbound;

/// <summary>
/// <c>POST /api/messages</c>: read → authenticate → tenant check → store the reference → typing → turn → replies.
/// Nothing is stored or handled for a request that fails a check.
/// </summary>
internal sealed class MessagesEndpoint(
    IOptions<BotFrameworkOptions> options,
    BotFrameworkTokenValidator validator,
    ConnectorClient connector,
    ActivityRenderer renderer,
    ITurnHandler handler,
    IConversationStore store,
    TimeProvider time,
    ILogger<MessagesEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var settings = options.Value;
        var read = await ActivityReader.ReadAsync(context.Request, settings.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (read.Activity is not { } activity)
            return Problem(read.Status, read.Reason!);

        var verdict = await validator.ValidateAsync(context.Request.Headers.Authorization.ToString(), activity, cancellationToken).ConfigureAwait(false);
        if (!verdict.Accepted)
        {
            BotFrameworkLog.TokenRejected(logger, verdict.Reason!);
            return Problem(StatusCodes.Status401Unauthorized, "The request is not authenticated.");
        }

        if (settings.AllowedTenants.Count > 0
            && (ChannelData.TenantId(activity) is not { } tenant || !settings.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase)))
            return Problem(StatusCodes.Status403Forbidden, "The tenant is not served by this bot.");

        if (verdict.Authenticated)
            connector.Trust(activity.ServiceUrl!);
        BotFrameworkLog.Received(logger, activity.Type!, activity.ChannelId!, activity.Conversation!.Id!);

        var turn = new Turn(activity, verdict.Authenticated, cancellationToken);
        try
        {
            return activity.Type switch
            {
                ActivityTypes.Message => await MessageAsync(turn).ConfigureAwait(false),
                ActivityTypes.ConversationUpdate => await MembersAddedAsync(turn, IncomingKind.MemberAdded).ConfigureAwait(false),
                ActivityTypes.InstallationUpdate when string.Equals(activity.Action, "add", StringComparison.Ordinal) =>
                    await InstalledAsync(turn).ConfigureAwait(false),
                ActivityTypes.Invoke when string.Equals(activity.Name, ActivityTypes.AdaptiveCardInvoke, StringComparison.Ordinal) =>
                    await CardInvokeAsync(turn).ConfigureAwait(false),
                ActivityTypes.Invoke => Results.StatusCode(StatusCodes.Status501NotImplemented),
                _ => Ignore(activity),
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            BotFrameworkLog.TurnFailed(logger, exception, activity.ChannelId!, activity.Conversation.Id!);
            return Problem(StatusCodes.Status500InternalServerError, "The bot failed to handle the activity.");
        }
    }

    private async Task<IResult> MessageAsync(Turn turn)
    {
        await StoreReferenceAsync(turn).ConfigureAwait(false);
        // Typing goes out while the turn works; it is awaited before the reply so the two arrive in order.
        var typing = turn.ExpectsReplies ? Task.CompletedTask : TypingAsync(turn);
        TurnResult result;
        try
        {
            result = await handler.HandleAsync(ActivityMapper.Message(turn.Activity, time.GetUtcNow()), turn.CancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await typing.ConfigureAwait(false);
        }
        return await DeliverAsync(turn, result.Replies).ConfigureAwait(false);
    }

    private async Task<IResult> MembersAddedAsync(Turn turn, IncomingKind kind)
    {
        var members = (turn.Activity.MembersAdded ?? [])
            .Where(member => !string.IsNullOrEmpty(member.Id) && !string.Equals(member.Id, turn.Activity.Recipient?.Id, StringComparison.Ordinal))
            .ToList();
        if (members.Count == 0)
            return Results.Ok();
        await StoreReferenceAsync(turn).ConfigureAwait(false);
        var replies = new List<Reply>();
        foreach (var member in members)
        {
            var result = await handler.HandleAsync(ActivityMapper.Member(turn.Activity, kind, member, time.GetUtcNow()), turn.CancellationToken).ConfigureAwait(false);
            replies.AddRange(result.Replies);
        }

        return await DeliverAsync(turn, replies).ConfigureAwait(false);
    }

    private async Task<IResult> InstalledAsync(Turn turn)
    {
        await StoreReferenceAsync(turn).ConfigureAwait(false);
        var incoming = ActivityMapper.Member(turn.Activity, IncomingKind.Installed, turn.Activity.From ?? new ChannelAccount(), time.GetUtcNow());
        var result = await handler.HandleAsync(incoming, turn.CancellationToken).ConfigureAwait(false);
        return await DeliverAsync(turn, result.Replies).ConfigureAwait(false);
    }

    private async Task<IResult> CardInvokeAsync(Turn turn)
    {
        await StoreReferenceAsync(turn).ConfigureAwait(false);
        var result = await handler.HandleAsync(ActivityMapper.CardInvoke(turn.Activity, time.GetUtcNow()), turn.CancellationToken).ConfigureAwait(false);
        var delivered = await DeliverAsync(turn, result.Replies).ConfigureAwait(false);
        if (turn.ExpectsReplies)
            return delivered;
        if (result.InvokeCard is { } card)
            return Results.Json(
                new InvokeCardResponseBody(StatusCodes.Status200OK, ActivityTypes.AdaptiveCardContentType, AdaptiveCardBuilder.Build(card)),
                BotFrameworkJson.Context.InvokeCardResponseBody);
        var body = new InvokeResponseBody(StatusCodes.Status200OK, ActivityTypes.InvokeMessageType, result.InvokeText ?? string.Empty);
        return Results.Json(body, BotFrameworkJson.Context.InvokeResponseBody);
    }

    /// <summary>Sends the replies through the Connector, or returns them in the HTTP answer for expectReplies.</summary>
    private async Task<IResult> DeliverAsync(Turn turn, IReadOnlyList<Reply> replies)
    {
        var addressing = ActivityAddressing.ReplyTo(turn.Activity);
        var activities = replies.Select(reply => renderer.Render(reply, addressing)).ToList();
        if (turn.ExpectsReplies)
            return Results.Json(new ExpectedReplies(activities), BotFrameworkJson.Context.ExpectedReplies);
        foreach (var activity in activities)
            await SendAsync(turn, activity).ConfigureAwait(false);
        return Results.Ok();
    }

    private Task<ResourceResponse?> SendAsync(Turn turn, Activity activity)
    {
        var inbound = turn.Activity;
        return string.IsNullOrEmpty(inbound.Id)
            ? connector.SendToConversationAsync(inbound.ServiceUrl!, inbound.Conversation!.Id!, activity, turn.CancellationToken)
            : connector.ReplyToActivityAsync(inbound.ServiceUrl!, inbound.Conversation!.Id!, inbound.Id, activity, turn.CancellationToken);
    }

    private async Task TypingAsync(Turn turn)
    {
        try
        {
            await SendAsync(turn, renderer.Typing(ActivityAddressing.ReplyTo(turn.Activity))).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException)
        {
            BotFrameworkLog.TypingFailed(logger, exception, turn.Activity.Conversation!.Id!);
        }
    }

    // A conversation's reference rarely changes between messages; writing it on every turn cost a database commit.
    // Only the last stored form (without the per-message activity id) is remembered, for a bounded number of conversations.
    private const int RememberedReferences = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _storedReferences = new(StringComparer.Ordinal);

    private Task StoreReferenceAsync(Turn turn)
    {
        var activity = turn.Activity;
        var reference = new ChannelReference(
            activity.ServiceUrl!,
            activity.ChannelId!,
            activity.Conversation!,
            activity.From,
            activity.Recipient,
            activity.Id,
            ChannelData.TenantId(activity),
            ChannelData.TeamId(activity),
            ChannelData.TeamsChannelId(activity),
            activity.Locale,
            turn.Authenticated);
        var address = ActivityMapper.Address(activity);
        var unchanged = JsonSerializer.Serialize(reference with { ActivityId = null }, BotFrameworkJson.Context.ChannelReference);
        if (_storedReferences.TryGetValue(address.Key, out var stored) && stored == unchanged)
            return Task.CompletedTask;
        var json = JsonSerializer.Serialize(reference, BotFrameworkJson.Context.ChannelReference);
        return SaveReferenceAsync(turn, address, json, unchanged);
    }

    private async Task SaveReferenceAsync(Turn turn, ConversationAddress address, string json, string unchanged)
    {
        await store.SaveReferenceAsync(new Conversations.ConversationReference(address, json, time.GetUtcNow()), turn.CancellationToken)
            .ConfigureAwait(false);
        if (_storedReferences.Count >= RememberedReferences)
            _storedReferences.Clear();
        _storedReferences[address.Key] = unchanged;
    }

    private IResult Ignore(Activity activity)
    {
        BotFrameworkLog.Ignored(logger, activity.Type!, activity.Name);
        return Results.Ok();
    }

    private IResult Problem(int status, string reason)
    {
        BotFrameworkLog.Rejected(logger, status, reason);
        return Results.Problem(statusCode: status, detail: reason);
    }

    private sealed record Turn(Activity Activity, bool Authenticated, CancellationToken CancellationToken)
    {
        public bool ExpectsReplies => string.Equals(Activity.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.Ordinal);
    }
}

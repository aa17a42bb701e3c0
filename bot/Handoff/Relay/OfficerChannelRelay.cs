using System.Globalization;
using Assistant.Bot.Conversations;
using Assistant.Bot.Resources;
using Assistant.Bot.Understanding;
using Assistant.Bot.Replies;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Handoff.Relay;

/// <summary>
/// The officers' side of a chat channel: Claim and Resolve pressed on a case card, and messages in a case's thread.
/// The owning officer's message in the thread goes to the employee (or resolves the case when it is a resolve word);
/// anyone else's gets a short reason and changes nothing. Messages outside case threads are not the handoff's
/// business: officers may ask the bot law questions in the channel like anyone.
/// </summary>
internal sealed class OfficerChannelRelay(
    IOfficerThreadStore threads, ICaseStore store, CaseService cases, CaseRouter router, OfficerCards cards, BotText text)
{
    private readonly HashSet<string> _resolve = CaseRelay.Words(text, "ResolveWords");

    public async Task<TurnResult?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message.Submission?.Action)
        {
            case CardActions.ClaimCase:
                return await CardActionAsync(message, message.Submission, claim: true, cancellationToken);
            case CardActions.ResolveCase:
                return await CardActionAsync(message, message.Submission, claim: false, cancellationToken);
            case not null:
                return null;
        }
        if (message.Address.Scope != ConversationScope.Channel)
            return null;
        if (await threads.FindAsync(message.Address.ConversationId, cancellationToken) is not { } thread)
        {
            // A case's old thread, after the case moved to another branch's channel: say where it went, relay nothing.
            return await threads.FindMovedAsync(message.Address.ConversationId, cancellationToken) is { } movedCase
                && await store.GetAsync(movedCase, cancellationToken) is { } moved
                ? Reply(message, cards.MovedLine(moved))
                : null;
        }
        if (await store.GetAsync(thread.CaseId, cancellationToken) is not { } handoffCase)
            return null;

        var officer = router.OfficerByChannelUser(message.Address.ChannelId, message.UserId);
        if (officer is null || !handoffCase.IsOwned || handoffCase.OfficerId != officer.Id)
            return Reply(message, cards.NotRelayed(handoffCase, officer));
        var typed = message.Text?.Trim() ?? string.Empty;
        if (typed.Length == 0)
            return TurnResult.Silent;
        var result = _resolve.Contains(WordMatcher.Compact(WordMatcher.Normalize(typed)))
            ? await cases.ResolveAsync(officer, handoffCase.Id, cancellationToken)
            : await cases.ReplyAsync(officer, handoffCase.Id, typed, cancellationToken);
        // Done: the outbox tells the employee, and the thread (card update and its line) — the officer needs no echo here.
        return result.Outcome == CaseOutcome.Done ? TurnResult.Silent : Reply(message, cards.NotRelayed(result.Case ?? handoffCase, officer));
    }

    /// <summary>
    /// Claim or Resolve on a case card, under the same rules as the officer API. A Teams invoke gets the updated card
    /// back at once; the card is updated for everyone, and the thread told, through the outbox.
    /// </summary>
    private async Task<TurnResult> CardActionAsync(IncomingMessage message, CardSubmission submission, bool claim, CancellationToken cancellationToken)
    {
        var officer = router.OfficerByChannelUser(message.Address.ChannelId, message.UserId);
        if (officer is null)
            return Reply(message, cards.NotAnOfficer());
        if (!long.TryParse(submission.Data.GetValueOrDefault("caseId"), NumberStyles.None, CultureInfo.InvariantCulture, out var caseId))
            return Reply(message, cards.NotClaimable(0));
        var result = claim
            ? await cases.ClaimAsync(officer, caseId, cancellationToken)
            : await cases.ResolveAsync(officer, caseId, cancellationToken);
        if (result is { Outcome: CaseOutcome.Done, Case: { } changed })
            return message.Kind == IncomingKind.CardInvoke
                ? new TurnResult([], null, cards.Card(changed, claim ? CaseActions.Claimed : CaseActions.Resolved))
                : TurnResult.Silent;
        if (!claim)
            return Reply(message, cards.ResolveRefused(caseId));
        return Reply(message, result.Outcome == CaseOutcome.Forbidden ? cards.NotAnOfficer() : cards.NotClaimable(caseId));
    }

    private static TurnResult Reply(IncomingMessage message, Reply reply) =>
        new([reply], message.Kind == IncomingKind.CardInvoke ? reply.Text : null);
}

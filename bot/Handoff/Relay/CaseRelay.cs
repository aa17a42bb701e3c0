using System.Globalization;
using Assistant.Bot.Conversations;
using Assistant.Bot.Resources;
using Assistant.Bot.Understanding;
using Assistant.Bot.Replies;
using Assistant.Bot.Policy;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Handoff.Relay;

/// <summary>
/// The handoff's part of each turn: opens the case on the anonymity (and org unit) choice, answers "my case", relays
/// the employee's messages into the open case (to the owning officer, the bot quiet; or, while it waits, acknowledged),
/// lets the employee end or withdraw the case, and takes the rating and its comment. Officers' card actions and case
/// threads go to the <see cref="OfficerChannelRelay"/>. Anything else goes on to the answerer.
/// </summary>
internal sealed class CaseRelay(
    ICaseStore store, CaseService cases, CaseReplies replies, BotText text, OfficerChannelRelay officerChannel, CaseRouter router, TimeProvider time)
    : IHandoffRelay
{
    private readonly HashSet<string> _myCase = Words(text, "MyCaseWords");
    private readonly HashSet<string> _end = Words(text, "EndWords");
    private readonly HashSet<string> _skip = Words(text, "SkipWords");

    public async Task<RelayResult?> TryHandleAsync(IncomingMessage message, TurnFacts facts, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(state);
        if (await officerChannel.TryHandleAsync(message, cancellationToken) is { } officers)
            return new RelayResult(officers);
        if (message.Submission is { } submission)
            return await CardAsync(message, submission, state, cancellationToken);
        return await TypedAsync(message, facts, state, cancellationToken) is { } result ? new RelayResult(result) : null;
    }

    private async Task<TurnResult?> TypedAsync(IncomingMessage message, TurnFacts facts, ConversationState state, CancellationToken cancellationToken)
    {

        var typed = message.Text ?? string.Empty;
        var compact = WordMatcher.Compact(WordMatcher.Normalize(typed));
        var latest = await store.GetLatestAsync(state.Address.Key, cancellationToken);
        if (_myCase.Contains(compact))
            return Result(message, replies.Status(latest, latest?.Language ?? state.Language));
        if (latest is null)
            return null;

        if (latest.IsOwned)
        {
            if (_end.Contains(compact))
                return Outcome(message, await cases.EndByEmployeeAsync(latest, cancellationToken), replies.EndedByEmployee);
            return await ToCaseAsync(message, latest, typed, compact, facts, cancellationToken);
        }
        if (latest.IsWaiting && _end.Contains(compact))
            return Outcome(message, await cases.EndByEmployeeAsync(latest, cancellationToken), replies.Withdrawn);
        if (latest.Status == CaseStatus.Resolved && compact.Length == 1 && int.TryParse(compact, NumberStyles.None, CultureInfo.InvariantCulture, out var score))
            return Outcome(message, await cases.RateAsync(latest, score, cancellationToken), replies.Rated);
        if (latest.AwaitingComment && compact.Length > 0)
        {
            var declined = _skip.Contains(compact);
            await cases.CommentAsync(latest, declined ? null : typed.Trim(), cancellationToken);
            return declined ? TurnResult.Silent : Result(message, replies.CommentThanks(latest.Language));
        }
        // A reply inside an open handoff goes to the officers, not to the answerer, even before anyone claimed it.
        if (latest.IsWaiting)
            return await ToCaseAsync(message, latest, typed, compact, facts, cancellationToken);
        return null;
    }

    /// <summary>
    /// The employee's message joins the open case. While an officer owns it the bot stays quiet; while it waits the
    /// employee is told it was added. Thoughts of self-harm always get the crisis lines at once.
    /// </summary>
    private async Task<TurnResult?> ToCaseAsync(
        IncomingMessage message, HandoffCase open, string typed, string compact, TurnFacts facts, CancellationToken cancellationToken)
    {
        if (compact.Length == 0)
            return TurnResult.Silent;
        if (await RelayAsync(open, typed.Trim(), cancellationToken) is not { } stored)
            return null;
        var answers = new List<Reply>();
        if (HandoffPolicy.NeedsCrisisLines(facts.Topics))
            answers.Add(new Reply(text.Get("SelfHarmCare", stored.Language), stored.Language));
        if (stored.IsWaiting)
            answers.Add(replies.AddedToCase(stored));
        return answers.Count == 0 ? TurnResult.Silent : new TurnResult(answers, message.Kind == IncomingKind.CardInvoke ? answers[0].Text : null);
    }

    private async Task<RelayResult?> CardAsync(IncomingMessage message, CardSubmission submission, ConversationState state, CancellationToken cancellationToken)
    {
        switch (submission.Action)
        {
            case CardActions.OpenCase:
                var latest = await store.GetLatestAsync(state.Address.Key, cancellationToken);
                if (latest is { IsOpen: true })
                    return new RelayResult(Result(message, replies.AlreadyOpen(latest, state.Language)));
                var anonymous = !string.Equals(submission.Data.GetValueOrDefault("identity"), "named", StringComparison.Ordinal);
                var reason = Enum.TryParse<HandoffReason>(submission.Data.GetValueOrDefault("reason"), out var parsed) ? parsed : HandoffReason.Requested;
                var withChoice = WithOrgUnit(state, submission);
                var opened = await cases.OpenAsync(message, withChoice ?? state, reason, anonymous, cancellationToken);
                // In a personal chat the choice is remembered for the conversation's later cases; a group chat is shared:
                // the next person asks again.
                return new RelayResult(Result(message, replies.Opened(opened)), state.Address.Scope == ConversationScope.Personal ? withChoice : null);
            case CardActions.RateCase:
                var current = await store.GetLatestAsync(state.Address.Key, cancellationToken);
                if (current is null
                    || !long.TryParse(submission.Data.GetValueOrDefault("caseId"), NumberStyles.None, CultureInfo.InvariantCulture, out var caseId)
                    || caseId != current.Id
                    || !int.TryParse(submission.Data.GetValueOrDefault("score"), NumberStyles.None, CultureInfo.InvariantCulture, out var score))
                    return new RelayResult(Result(message, replies.Status(current, state.Language)));
                return new RelayResult(Outcome(message, await cases.RateAsync(current, score, cancellationToken), replies.Rated));
            default:
                return null;
        }
    }

    /// <summary>
    /// The state with the org unit chosen on the open-case card, for this case; null when nothing new was chosen. A value
    /// that is not a grid org unit (stale card, edited request) counts as no choice: the case starts at the top level.
    /// </summary>
    private ConversationState? WithOrgUnit(ConversationState state, CardSubmission submission)
    {
        var chosen = router.KnownOrgUnit(submission.Data.GetValueOrDefault(CaseReplies.OrgUnitField));
        return chosen is null || chosen == state.OrgUnit ? null : state with { OrgUnit = chosen, UpdatedAt = time.GetUtcNow() };
    }

    /// <summary>
    /// Stores the employee's message in the open case. When another change won meanwhile (the officer wrote, claimed,
    /// a deadline moved), retries on the fresh case; null when the case is no longer open (the bot answers instead).
    /// </summary>
    private async Task<HandoffCase?> RelayAsync(HandoffCase open, string message, CancellationToken cancellationToken)
    {
        var current = open;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var result = await cases.EmployeeMessageAsync(current, message, cancellationToken);
            if (result is { Outcome: CaseOutcome.Done, Case: { } stored })
                return stored;
            if (result.Case is not { IsOpen: true } fresh)
                return null;
            current = fresh;
        }
        throw new InvalidOperationException($"Case {open.Id} kept changing; the employee's message could not be stored.");
    }

    private TurnResult Outcome(IncomingMessage message, CaseResult result, Func<HandoffCase, Reply> reply) =>
        result is { Outcome: CaseOutcome.Done, Case: { } changed }
            ? Result(message, reply(changed))
            : Result(message, replies.Status(result.Case, result.Case?.Language ?? BotLanguages.Chinese));

    private static TurnResult Result(IncomingMessage message, Reply reply) =>
        new([reply], message.Kind == IncomingKind.CardInvoke ? reply.Text : null);

    internal static HashSet<string> Words(BotText text, string name) =>
        text.Words(name).Select(w => WordMatcher.Compact(WordMatcher.Normalize(w))).ToHashSet(StringComparer.Ordinal);
}

using System.Globalization;
using Assistant.Bot.Answering;
using Assistant.Bot.Conversations;
using Assistant.Bot.Resources;

namespace Assistant.Bot.Handoff;

/// <summary>
/// The handoff's part of each turn: opens the case on the anonymity choice, answers "my case", relays the employee's
/// messages to the owning officer (the bot stays quiet), lets the employee end the case, and takes the rating and its
/// comment. Officers' card actions and case threads go to the <see cref="OfficerChannelRelay"/>. Anything else goes
/// on to the answerer.
/// </summary>
internal sealed class CaseRelay(
    ICaseStore store, CaseService cases, CaseReplies replies, BotText text, OfficerChannelRelay officerChannel, SensitiveTopicDetector sensitive)
    : IHandoffRelay
{
    private readonly HashSet<string> _myCase = Words(text, "MyCaseWords");
    private readonly HashSet<string> _end = Words(text, "EndWords");
    private readonly HashSet<string> _skip = Words(text, "SkipWords");

    public async Task<TurnResult?> TryHandleAsync(IncomingMessage message, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(state);
        if (await officerChannel.TryHandleAsync(message, cancellationToken) is { } officers)
            return officers;
        if (message.Submission is { } submission)
            return await CardAsync(message, submission, state, cancellationToken);

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
            if (compact.Length == 0)
                return TurnResult.Silent;
            if (!await RelayAsync(latest, typed.Trim(), cancellationToken))
                return null;
            // The bot stays quiet, except that thoughts of self-harm always get the crisis lines at once.
            return sensitive.Detect(typed).Contains(SensitiveTopic.SelfHarm)
                ? Result(message, new Reply(text.Get("SelfHarmCare", latest.Language), latest.Language))
                : TurnResult.Silent;
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
        return null;
    }

    private async Task<TurnResult?> CardAsync(IncomingMessage message, CardSubmission submission, ConversationState state, CancellationToken cancellationToken)
    {
        switch (submission.Action)
        {
            case CardActions.OpenCase:
                var latest = await store.GetLatestAsync(state.Address.Key, cancellationToken);
                if (latest is { IsOpen: true })
                    return Result(message, replies.AlreadyOpen(latest, state.Language));
                var anonymous = !string.Equals(submission.Data.GetValueOrDefault("identity"), "named", StringComparison.Ordinal);
                var reason = Enum.TryParse<HandoffReason>(submission.Data.GetValueOrDefault("reason"), out var parsed) ? parsed : HandoffReason.Requested;
                var opened = await cases.OpenAsync(message, state, reason, anonymous, cancellationToken);
                return Result(message, replies.Opened(opened));
            case CardActions.RateCase:
                var current = await store.GetLatestAsync(state.Address.Key, cancellationToken);
                if (current is null
                    || !long.TryParse(submission.Data.GetValueOrDefault("caseId"), NumberStyles.None, CultureInfo.InvariantCulture, out var caseId)
                    || caseId != current.Id
                    || !int.TryParse(submission.Data.GetValueOrDefault("score"), NumberStyles.None, CultureInfo.InvariantCulture, out var score))
                    return Result(message, replies.Status(current, state.Language));
                return Outcome(message, await cases.RateAsync(current, score, cancellationToken), replies.Rated);
            default:
                return null;
        }
    }

    /// <summary>
    /// Stores the employee's message in the owned case. When another change won meanwhile (the officer wrote, a
    /// deadline moved), retries on the fresh case; false when the case is no longer owned (the bot answers instead).
    /// </summary>
    private async Task<bool> RelayAsync(HandoffCase owned, string message, CancellationToken cancellationToken)
    {
        var current = owned;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var result = await cases.EmployeeMessageAsync(current, message, cancellationToken);
            if (result.Outcome == CaseOutcome.Done)
                return true;
            if (result.Case is not { IsOwned: true } fresh)
                return false;
            current = fresh;
        }
        throw new InvalidOperationException($"Case {owned.Id} kept changing; the employee's message could not be stored.");
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

using Assistant.Bot.Answering;
using Assistant.Bot.Calculators.Conversation;
using Assistant.Bot.Policy;
using Assistant.Bot.Replies;
using Assistant.Bot.Resources;
using Assistant.Bot.Understanding;
using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Search;

namespace Assistant.Bot.Conversations;

/// <summary>
/// One turn in one pass, the answer policy every channel shares: read the conversation's state once, work out what the
/// message is about once (<see cref="TurnFacts"/>), let the handoff relay take a message for an open case, let the
/// <see cref="HandoffPolicy"/> decide between answering, asking for a person and a person at once, and write the state
/// with the turn's records once (<see cref="IConversationStore.SaveTurnAsync"/>). Any fault inside a turn becomes an
/// apology offering a person.
/// </summary>
public sealed class TurnHandler(
    IConversationStore store,
    IntentRecognizer intents,
    SensitiveTopicDetector sensitive,
    QuestionAnswerer answerer,
    HandoffPolicy policy,
    CalculationDialog calculations,
    IHandoffGateway handoff,
    IHandoffRelay relay,
    BotText text,
    TimeProvider time,
    ILogger<TurnHandler> logger) : ITurnHandler
{
    /// <summary>The pending action stored when a worker asked for an officer.</summary>
    public const string HandoffRequested = "handoff-requested";

    /// <summary>The mode an answer worked out by a calculator is recorded with.</summary>
    public const string CalculationMode = "calculation";

    private const string AnswerIdField = "answerId";
    private const string TextField = "text";

    public async Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var language = BotLanguages.FromLocale(message.Locale);
        try
        {
            var stored = await store.GetStateAsync(message.Address, cancellationToken);
            var state = stored ?? NewState(message);
            language = state.Language;
            var facts = Facts(message);
            // A conversation with a case: while an officer owns it the message goes to the officer and the bot stays quiet.
            if (message.Kind is IncomingKind.Message or IncomingKind.CardInvoke
                && await relay.TryHandleAsync(message, facts, state, cancellationToken) is { } relayed)
            {
                if (relayed.ChangedState is { } changed)
                    await store.SaveTurnAsync(new ConversationTurn(changed), cancellationToken);
                return relayed.Result;
            }
            return message.Kind switch
            {
                // Teams announces an install with both installationUpdate and conversationUpdate: welcome once.
                IncomingKind.MemberAdded or IncomingKind.Installed when stored is not null => TurnResult.Silent,
                IncomingKind.MemberAdded or IncomingKind.Installed => await WelcomeAsync(message, state, cancellationToken),
                _ when message.Submission is { } submission => await CardActionAsync(message, submission, facts, state, cancellationToken),
                _ => await TextAsync(message, facts, state, cancellationToken),
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ConversationLog.TurnFailed(logger, message.Address.Key, exception.GetType().Name);
            var apology = new Reply(
                text.Get("Apology", language), language, null,
                [new SuggestedAction(text.Get("ButtonAskOfficer", language), text.Get("OfficerSuggestionText", language))]);
            return new TurnResult([apology], message.Kind == IncomingKind.CardInvoke ? apology.Text : null);
        }
    }

    // The words of the turn: typed, or sent by a card's "ask" button; a card press without words has none.
    private TurnFacts Facts(IncomingMessage message)
    {
        var words = message.Submission is { Action: CardActions.Ask } ask && ask.Data.TryGetValue(TextField, out var asked) && !string.IsNullOrWhiteSpace(asked)
            ? asked
            : message.Text;
        return string.IsNullOrEmpty(words)
            ? TurnFacts.None
            : new TurnFacts(words, intents.Recognize(words), sensitive.Detect(words)) { Calculation = calculations.Read(words) };
    }

    private async Task<TurnResult> WelcomeAsync(IncomingMessage message, ConversationState state, CancellationToken cancellationToken)
    {
        ConversationLog.Turn(logger, message.Address.Key, message.Kind, 0, "welcome");
        await store.SaveTurnAsync(new ConversationTurn(state), cancellationToken);
        string Part(string language) =>
            text.Get("Welcome", language) + "\n" + text.Get("Privacy", language) + "\n" + text.Get("WelcomeExamplesTitle", language) +
            string.Concat(Examples(language).Select(e => "\n- " + e));
        var body = Part(BotLanguages.Chinese) + "\n\n" + Part(BotLanguages.English);
        var actions = Examples(BotLanguages.Chinese).Concat(Examples(BotLanguages.English)).Select(e => new SuggestedAction(e, e)).ToList();
        return new TurnResult([new Reply(body, state.Language, null, actions)]);
    }

    private IEnumerable<string> Examples(string language) =>
        new[] { "Example1", "Example2", "Example3" }.Select(name => text.Get(name, language));

    private async Task<TurnResult> TextAsync(IncomingMessage message, TurnFacts facts, ConversationState state, CancellationToken cancellationToken)
    {
        var typed = facts.Text;
        ConversationLog.Turn(logger, message.Address.Key, message.Kind, typed.Length, facts.Intent.ToString());
        var decision = policy.Decide(facts.Intent, facts.Topics);
        if (decision.Action == HandoffAction.OpenCaseNow)
            return await PersonAtOnceAsync(message, facts, state, decision.Reason, cancellationToken);
        if (decision.Action == HandoffAction.RequestOfficer)
        {
            var asking = state with { Language = BotLanguages.Of(LanguageDetector.Detect(typed)) };
            return Replies(message, await RequestOfficerAsync(message, asking, decision.Reason, cancellationToken));
        }

        if (facts.Intent is Intent.Greeting or Intent.Help)
        {
            var language = typed.Trim().Length == 0 ? state.Language : BotLanguages.Of(LanguageDetector.Detect(typed));
            await store.SaveTurnAsync(new ConversationTurn(state with { Language = language, UpdatedAt = time.GetUtcNow() }), cancellationToken);
            var officer = new SuggestedAction(text.Get("ButtonAskOfficer", language), text.Get("OfficerSuggestionText", language));
            var examples = Examples(language).Select(e => new SuggestedAction(e, e)).Append(officer).ToList();
            return Replies(message, new Reply(text.Get(facts.Intent == Intent.Greeting ? "Greeting" : "Help", language), language, null, examples));
        }

        // A calculation: the worker's figure for the question asked, or a question with figures of the worker's own.
        var answerId = Guid.NewGuid().ToString("N");
        var calculationLanguage = state.Calculation is not null && typed.Trim().Length < 12 ? state.Language : BotLanguages.Of(LanguageDetector.Detect(typed));
        var asked = facts.Calculation ?? calculations.Read(typed);
        var step = (state.Calculation is { } pending ? calculations.Continue(pending, asked, calculationLanguage, answerId) : null)
            ?? calculations.Start(asked, calculationLanguage, answerId);
        if (step is not null)
            return await CalculatedAsync(message, facts, state with { Language = calculationLanguage }, step, answerId, cancellationToken);

        var outcome = await answerer.AnswerAsync(new AnswerRequest(typed, facts.Topics, state.UnansweredInARow, message.Address.Key), cancellationToken);
        // Asked for the sum without a figure: the law first, then the first figure the sum needs.
        var followUp = outcome.Support != SupportLevel.None ? calculations.AskAlongside(asked, outcome.Language, answerId) : null;
        var now = time.GetUtcNow();
        var answered = state.WithQuestion(new AskedQuestion(typed, outcome.ArticleKeys, now, message.UserId) { Topics = facts.Topics }) with
        {
            Language = outcome.Language,
            LastQuestion = typed,
            LastArticleKeys = outcome.ArticleKeys,
            UnansweredInARow = outcome.UnansweredInARow,
            UpdatedAt = now,
            // A message that is not the figure asked for leaves the calculation.
            Calculation = followUp?.Pending,
        };
        var record = new AnswerRecord(outcome.AnswerId, state.Address, typed, outcome.ArticleKeys, outcome.Mode, outcome.Language, now);
        var unanswered = outcome.Support == SupportLevel.None
            ? new UnansweredQuestion(state.Address, typed, outcome.Language, outcome.SupportReason, outcome.ClosestKeys, now)
            : null;
        await store.SaveTurnAsync(new ConversationTurn(answered, record, unanswered), cancellationToken);
        var reply = WithCalculationOffer(outcome, asked);
        return followUp is null
            ? Replies(message, reply)
            : new TurnResult([reply, followUp.Reply], message.Kind == IncomingKind.CardInvoke ? reply.Text : null);
    }

    // An answer about a rule a calculator applies offers to work the worker's own case out: first under the card,
    // unless the policy put a person first (a dismissal, an injury), where the offer of a person stays on top.
    private Reply WithCalculationOffer(AnswerOutcome outcome, CalculationQuestion asked)
    {
        if (outcome.Support == SupportLevel.None || outcome.Reply.Card is not { } card || calculations.Offer(asked, outcome.ArticleKeys, outcome.Language) is not { } offer)
            return outcome.Reply;
        var personFirst = card.Buttons is [{ Submission.Action: CardActions.AskOfficer }, ..];
        IReadOnlyList<CardButton> buttons = personFirst ? [card.Buttons[0], offer, .. card.Buttons.Skip(1)] : [offer, .. card.Buttons];
        return outcome.Reply with { Card = card with { Buttons = buttons } };
    }

    private async Task<TurnResult> CalculatedAsync(
        IncomingMessage message, TurnFacts facts, ConversationState state, CalculationStep step, string answerId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var next = state with { Calculation = step.Pending, UpdatedAt = now };
        AnswerRecord? record = null;
        if (step.Done is { } done)
        {
            // A finished calculation is an answer: recorded with its articles, kept with the question for a later case.
            var keys = step.Reply.Card?.Citations.Select(c => c.ArticleKey).ToList() ?? [];
            next = next.WithQuestion(new AskedQuestion(facts.Text, keys, now, message.UserId) { Topics = facts.Topics, Calculation = done }) with
            {
                LastQuestion = facts.Text,
                LastArticleKeys = keys,
                UnansweredInARow = 0,
            };
            record = new AnswerRecord(answerId, state.Address, facts.Text, keys, CalculationMode, state.Language, now);
        }
        await store.SaveTurnAsync(new ConversationTurn(next, record), cancellationToken);
        return Replies(message, step.Reply);
    }

    private async Task<TurnResult> PersonAtOnceAsync(
        IncomingMessage message, TurnFacts facts, ConversationState state, HandoffReason reason, CancellationToken cancellationToken)
    {
        ConversationLog.SelfHarm(logger, message.Address.Key);
        var language = BotLanguages.Of(LanguageDetector.Detect(facts.Text));
        var care = new Reply(text.Get("SelfHarmCare", language), language);
        var asked = state.WithQuestion(new AskedQuestion(facts.Text, [], time.GetUtcNow(), message.UserId) { Topics = facts.Topics }) with
        {
            Language = language, LastQuestion = facts.Text, LastArticleKeys = [],
        };
        var person = await RequestOfficerAsync(message, asked, reason, cancellationToken);
        return new TurnResult([care, person], message.Kind == IncomingKind.CardInvoke ? care.Text : null);
    }

    private async Task<TurnResult> CardActionAsync(
        IncomingMessage message, CardSubmission submission, TurnFacts facts, ConversationState state, CancellationToken cancellationToken)
    {
        ConversationLog.Turn(logger, message.Address.Key, message.Kind, 0, "card:" + submission.Action);
        switch (submission.Action)
        {
            case CardActions.Helpful:
            case CardActions.NotHelpful:
                return await FeedbackAsync(message, submission, state, submission.Action == CardActions.Helpful, cancellationToken);
            case CardActions.AskOfficer:
                return Replies(message, await RequestOfficerAsync(message, state, HandoffReason.Requested, cancellationToken));
            case CalculationCards.FormAction when calculations.ShowForm(submission, state.Calculation, state.Language) is { } form:
                return Replies(message, form.Reply);
            case CalculationCards.CalculateAction when calculations.FromForm(submission, state.Language, Guid.NewGuid().ToString("N")) is { } calculated:
                var asked = facts.Text.Length > 0 ? facts : facts with { Text = calculated.Done?.Title ?? submission.Action };
                return await CalculatedAsync(message, asked, state, calculated, calculated.Reply.Card?.AnswerId ?? string.Empty, cancellationToken);
            default:
                return await TextAsync(message, facts, state, cancellationToken);
        }
    }

    private async Task<TurnResult> FeedbackAsync(
        IncomingMessage message, CardSubmission submission, ConversationState state, bool helpful, CancellationToken cancellationToken)
    {
        var answerId = submission.Data.GetValueOrDefault(AnswerIdField);
        var answer = string.IsNullOrEmpty(answerId) ? null : await store.GetAnswerAsync(answerId, cancellationToken);
        var language = answer?.Language ?? state.Language;
        if (answer is not null)
        {
            var feedback = new AnswerFeedback(answer.AnswerId, message.Address, helpful, answer.Question, answer.ArticleKeys, time.GetUtcNow());
            await store.SaveTurnAsync(new ConversationTurn(state, Feedback: feedback), cancellationToken);
            ConversationLog.FeedbackRecorded(logger, message.Address.Key, answer.AnswerId, helpful);
        }
        else
        {
            ConversationLog.FeedbackOnUnknownAnswer(logger, message.Address.Key, answerId ?? string.Empty);
        }
        var reply = helpful
            ? new Reply(text.Get("Thanks", language), language)
            : new Reply(text.Get("ThanksNotHelpful", language), language, null,
                [new SuggestedAction(text.Get("ButtonAskOfficer", language), text.Get("OfficerSuggestionText", language))]);
        return Replies(message, reply);
    }

    private async Task<Reply> RequestOfficerAsync(IncomingMessage message, ConversationState state, HandoffReason reason, CancellationToken cancellationToken)
    {
        var requested = state with { PendingAction = HandoffRequested, UpdatedAt = time.GetUtcNow() };
        var reply = await handoff.RequestOfficerAsync(message, requested, reason, cancellationToken);
        await store.SaveTurnAsync(new ConversationTurn(requested), cancellationToken);
        return reply;
    }

    private static TurnResult Replies(IncomingMessage message, Reply reply) =>
        new([reply], message.Kind == IncomingKind.CardInvoke ? reply.Text : null);

    private ConversationState NewState(IncomingMessage message) =>
        new(message.Address, BotLanguages.FromLocale(message.Locale), null, [], 0, null, time.GetUtcNow());
}

using Assistant.Bot.Answering;
using Assistant.Bot.Resources;
using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Search;

namespace Assistant.Bot.Conversations;

/// <summary>
/// The answer policy every channel shares: welcome, greeting, help, talk to a person, card actions, self-harm to a
/// person at once, and questions to the answerer; messages of a conversation with a case go first to the handoff relay. State is kept per conversation; any fault inside a turn becomes
/// an apology offering a person.
/// </summary>
public sealed class TurnHandler(
    IConversationStore store,
    IntentRecognizer intents,
    SensitiveTopicDetector sensitive,
    QuestionAnswerer answerer,
    IHandoffGateway handoff,
    BotText text,
    TimeProvider time,
    ILogger<TurnHandler> logger,
    IHandoffRelay? relay = null) : ITurnHandler
{
    /// <summary>The pending action stored when a worker asked for an officer.</summary>
    public const string HandoffRequested = "handoff-requested";

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
            // A conversation with a case: while an officer owns it the message goes to the officer and the bot stays quiet.
            if (message.Kind is IncomingKind.Message or IncomingKind.CardInvoke && relay is not null
                && await relay.TryHandleAsync(message, state, cancellationToken) is { } relayed)
                return relayed;
            return message.Kind switch
            {
                // Teams announces an install with both installationUpdate and conversationUpdate: welcome once.
                IncomingKind.MemberAdded or IncomingKind.Installed when stored is not null => TurnResult.Silent,
                IncomingKind.MemberAdded or IncomingKind.Installed => await WelcomeAsync(message, state, cancellationToken),
                _ when message.Submission is { } submission => await CardActionAsync(message, submission, state, cancellationToken),
                _ => await TextAsync(message, message.Text ?? string.Empty, state, cancellationToken),
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

    private async Task<TurnResult> WelcomeAsync(IncomingMessage message, ConversationState state, CancellationToken cancellationToken)
    {
        ConversationLog.Turn(logger, message.Address.Key, message.Kind, 0, "welcome");
        await store.SaveStateAsync(state, cancellationToken);
        string Part(string language) =>
            text.Get("Welcome", language) + "\n" + text.Get("Privacy", language) + "\n" + text.Get("WelcomeExamplesTitle", language) +
            string.Concat(Examples(language).Select(e => "\n- " + e));
        var body = Part(BotLanguages.Chinese) + "\n\n" + Part(BotLanguages.English);
        var actions = Examples(BotLanguages.Chinese).Concat(Examples(BotLanguages.English)).Select(e => new SuggestedAction(e, e)).ToList();
        return new TurnResult([new Reply(body, state.Language, null, actions)]);
    }

    private IEnumerable<string> Examples(string language) =>
        new[] { "Example1", "Example2", "Example3" }.Select(name => text.Get(name, language));

    private async Task<TurnResult> TextAsync(IncomingMessage message, string typed, ConversationState state, CancellationToken cancellationToken)
    {
        var intent = intents.Recognize(typed);
        ConversationLog.Turn(logger, message.Address.Key, message.Kind, typed.Length, intent.ToString());
        if (intent == Intent.Question && sensitive.Detect(typed).Contains(SensitiveTopic.SelfHarm))
            return await SelfHarmAsync(message, typed, state, cancellationToken);

        switch (intent)
        {
            case Intent.Greeting:
            case Intent.Help:
                var language = typed.Trim().Length == 0 ? state.Language : BotLanguages.Of(LanguageDetector.Detect(typed));
                await store.SaveStateAsync(state with { Language = language, UpdatedAt = time.GetUtcNow() }, cancellationToken);
                var officer = new SuggestedAction(text.Get("ButtonAskOfficer", language), text.Get("OfficerSuggestionText", language));
                var examples = Examples(language).Select(e => new SuggestedAction(e, e)).Append(officer).ToList();
                return Replies(message, new Reply(text.Get(intent == Intent.Greeting ? "Greeting" : "Help", language), language, null, examples));
            case Intent.TalkToPerson:
                var asked = state with { Language = BotLanguages.Of(LanguageDetector.Detect(typed)) };
                return Replies(message, await RequestOfficerAsync(message, asked, HandoffReason.Requested, cancellationToken));
            default:
                var outcome = await answerer.AnswerAsync(typed, state, cancellationToken);
                var now = time.GetUtcNow();
                await store.SaveStateAsync(state.WithQuestion(new AskedQuestion(typed, outcome.ArticleKeys, now, message.UserId)) with
                {
                    Language = outcome.Language,
                    LastQuestion = typed,
                    LastArticleKeys = outcome.ArticleKeys,
                    UnansweredInARow = outcome.Support == SupportLevel.None ? state.UnansweredInARow + 1 : 0,
                    UpdatedAt = now,
                }, cancellationToken);
                return Replies(message, outcome.Reply);
        }
    }

    private async Task<TurnResult> SelfHarmAsync(IncomingMessage message, string typed, ConversationState state, CancellationToken cancellationToken)
    {
        ConversationLog.SelfHarm(logger, message.Address.Key);
        var language = BotLanguages.Of(LanguageDetector.Detect(typed));
        var care = new Reply(text.Get("SelfHarmCare", language), language);
        var asked = state.WithQuestion(new AskedQuestion(typed, [], time.GetUtcNow(), message.UserId)) with { Language = language, LastQuestion = typed, LastArticleKeys = [] };
        var person = await RequestOfficerAsync(message, asked, HandoffReason.SelfHarm, cancellationToken);
        return new TurnResult([care, person], message.Kind == IncomingKind.CardInvoke ? care.Text : null);
    }

    private async Task<TurnResult> CardActionAsync(IncomingMessage message, CardSubmission submission, ConversationState state, CancellationToken cancellationToken)
    {
        ConversationLog.Turn(logger, message.Address.Key, message.Kind, 0, "card:" + submission.Action);
        switch (submission.Action)
        {
            case CardActions.Helpful:
            case CardActions.NotHelpful:
                return await FeedbackAsync(message, submission, state, submission.Action == CardActions.Helpful, cancellationToken);
            case CardActions.AskOfficer:
                return Replies(message, await RequestOfficerAsync(message, state, HandoffReason.Requested, cancellationToken));
            case CardActions.Ask when submission.Data.TryGetValue(TextField, out var asked) && !string.IsNullOrWhiteSpace(asked):
                return await TextAsync(message, asked, state, cancellationToken);
            default:
                return await TextAsync(message, message.Text ?? string.Empty, state, cancellationToken);
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
            await store.RecordFeedbackAsync(
                new AnswerFeedback(answer.AnswerId, message.Address, helpful, answer.Question, answer.ArticleKeys, time.GetUtcNow()), cancellationToken);
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
        await store.SaveStateAsync(requested, cancellationToken);
        return reply;
    }

    private static TurnResult Replies(IncomingMessage message, Reply reply) =>
        new([reply], message.Kind == IncomingKind.CardInvoke ? reply.Text : null);

    private ConversationState NewState(IncomingMessage message) =>
        new(message.Address, BotLanguages.FromLocale(message.Locale), null, [], 0, null, time.GetUtcNow());
}

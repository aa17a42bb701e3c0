using Assistant.Bot.Policy;
using Assistant.Bot.Citations;
using Assistant.Bot.Answering;
using Assistant.Bot.Conversations;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Generation;
using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Resources;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Assistant.Bot.Understanding;
using Assistant.Bot.Replies;
using Assistant.Bot.Privacy;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Outbox;
using Assistant.Bot.Handoff.Relay;
using Assistant.Bot.Handoff.Routing;
using Assistant.Bot.Tests.Storage.Support;

namespace Assistant.Bot.Tests.Handoff.Support;

/// <summary>
/// The real turn handler with the real handoff pieces over one SQLite file in a temp folder, on a FakeTimeProvider,
/// with a recording messenger (channel <c>webchat</c>) and officer notifier. Background work is driven by hand.
/// </summary>
public sealed class HandoffHarness : IDisposable
{
    private readonly TempFolder _folder = new();

    public HandoffHarness(SampleIndexFixture index, ICaseStore? store = null, int messengerFailures = 0, ICaseSummarizer? summarizer = null)
    {
        var text = new BotText();
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var options = Microsoft.Extensions.Options.Options.Create(SampleGrid.Options());
        var database = StoreSchemas.Sqlite(DatabasePath);
        Conversations = new SqlConversationStore(database);
        Sqlite = new SqlCaseStore(database);
        Store = store ?? Sqlite;
        Router = new CaseRouter(options);
        var replies = new CaseReplies(text, Router);
        Cases = new CaseService(Store, Router, text, new OutboxSignal(), options, Time, NullLogger<CaseService>.Instance,
            new CaseSummaries(summarizer ?? new DisabledCaseSummarizer(), text, new LawArticles(index.Searcher, new ArticleNames(text))));
        Messenger = new RecordingMessenger(messengerFailures);
        Notifier = new RecordingNotifier();
        Outbox = new OutboxDispatcher(Store, Router, replies, [Messenger], Notifier, new OutboxSignal(), options, Time, NullLogger<OutboxDispatcher>.Instance);
        Escalation = new EscalationService(Store, Cases, options, Time, NullLogger<EscalationService>.Instance);
        var sensitive = new SensitiveTopicDetector(text);
        var composer = new AnswerComposer(text, new LeadWriter(text), new CitationBuilder(text, new ArticleNames(text)), new ClarifyingQuestions(text));
        var policy = new HandoffPolicy(Microsoft.Extensions.Options.Options.Create(new HandoffPolicyOptions()));
        var answerer = new QuestionAnswerer(
            index.Searcher, composer, new FakeGenerator(null, enabled: false), new DisabledQuestionExpander(), new DisabledQuestionEmbedder(), policy,
            NullLogger<QuestionAnswerer>.Instance);
        var relay = new CaseRelay(Store, Cases, replies, text,
            new OfficerChannelRelay(
                new SqlOfficerThreadStore(database), Store, Cases, Router,
                new OfficerCards(text, Router, new SensitiveDataMasker()), text),
            Router, Time);
        Handler = new TurnHandler(
            Conversations, new IntentRecognizer(text), sensitive, answerer, policy, TestCalculations.Dialog(index.Searcher, text, Time),
            new HandoffGateway(Store, Cases, replies, policy, Router), relay, text, Time, NullLogger<TurnHandler>.Instance);
    }

    public FakeTimeProvider Time { get; }
    public SqlConversationStore Conversations { get; }
    public SqlCaseStore Sqlite { get; }
    public ICaseStore Store { get; }
    public CaseRouter Router { get; }
    public CaseService Cases { get; }
    public RecordingMessenger Messenger { get; }
    public RecordingNotifier Notifier { get; }
    public OutboxDispatcher Outbox { get; }
    public EscalationService Escalation { get; }
    public TurnHandler Handler { get; }
    public ConversationAddress Address { get; set; } = new("webchat", "conv-handoff");
    public string DatabasePath => _folder.Combine("assistant.db");

    public string? OrgUnit { get; set; } = SampleGrid.PowerPlantTeam;

    /// <summary>The Teams team the messages come from (none by default).</summary>
    public ChannelTeam? Team { get; set; }

    /// <summary>Who writes (channel user id and display name).</summary>
    public (string Id, string Name) User { get; set; } = ("user-8842", "张伟");

    public Task<TurnResult> SayAsync(string typed) => Handler.HandleAsync(Message(typed, null), CancellationToken.None);

    public Task<TurnResult> PressAsync(string action, Dictionary<string, string> data) =>
        Handler.HandleAsync(Message(null, new CardSubmission(action, data)), CancellationToken.None);

    public GridOfficer Officer(string id) => Router.Officer(id)!;

    /// <summary>Asks for a person and chooses <paramref name="identity"/>; returns the stored case.</summary>
    public async Task<HandoffCase> OpenAsync(string identity = "anonymous")
    {
        await SayAsync("转人工");
        await PressAsync(CardActions.OpenCase, new() { ["identity"] = identity, ["reason"] = "Requested" });
        return (await Store.GetLatestAsync(Address.Key, CancellationToken.None))!;
    }

    public Task<HandoffCase?> CaseAsync(long id) => Store.GetAsync(id, CancellationToken.None);

    private IncomingMessage Message(string? typed, CardSubmission? submission) =>
        new(Address, IncomingKind.Message, User.Id, User.Name, typed, submission, "zh-CN", Time.GetUtcNow(), "activity-1", OrgUnit, Team);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

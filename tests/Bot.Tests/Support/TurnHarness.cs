using Assistant.Bot.Citations;
using Assistant.Bot.Answering;
using Assistant.Bot.Conversations;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Generation;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Resources;
using Assistant.Bot.Storage;
using Assistant.Knowledge.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Assistant.Bot.Understanding;
using Assistant.Bot.Replies;
using Assistant.Bot.Policy;
using Assistant.Bot.Tests.Storage.Support;

namespace Assistant.Bot.Tests.Support;

/// <summary>The real turn handler over the sample index and a real SQLite file in a temp folder.</summary>
public sealed class TurnHarness : IDisposable
{
    private readonly TempFolder _folder = new();

    public TurnHarness(
        SampleIndexFixture index, IAnswerGenerator? generator = null, IHandoffGateway? gateway = null, IConversationStore? store = null,
        IQuestionExpander? expander = null)
        : this(index.Searcher, generator, gateway, store, expander)
    {
    }

    /// <summary>Answers from <paramref name="searcher"/>'s index, embedding questions with <paramref name="embedder"/>
    /// (null: no embedding model).</summary>
    public TurnHarness(
        KnowledgeSearcher searcher, IAnswerGenerator? generator = null, IHandoffGateway? gateway = null, IConversationStore? store = null,
        IQuestionExpander? expander = null, IQuestionEmbedder? embedder = null)
    {
        Text = new BotText();
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Sqlite = new SqlConversationStore(StoreSchemas.Sqlite(_folder.Combine("assistant.db")));
        Store = store ?? Sqlite;
        Gateway = new RecordingGateway(gateway ?? new DefaultGatewayForTests(Text));
        var sensitive = new SensitiveTopicDetector(Text);
        var composer = new AnswerComposer(Text, new LeadWriter(Text), new CitationBuilder(Text, new ArticleNames(Text)), new ClarifyingQuestions(Text));
        var policy = new HandoffPolicy(Microsoft.Extensions.Options.Options.Create(new HandoffPolicyOptions()));
        var answerer = new QuestionAnswerer(
            searcher, composer, generator ?? new FakeGenerator(null, enabled: false), expander ?? new DisabledQuestionExpander(),
            embedder ?? new DisabledQuestionEmbedder(), policy, NullLogger<QuestionAnswerer>.Instance);
        Handler = new TurnHandler(
            Store, new IntentRecognizer(Text), sensitive, answerer, policy, TestCalculations.Dialog(searcher, Text, Time), Gateway, new NoHandoffRelay(), Text,
            Time, NullLogger<TurnHandler>.Instance);
    }

    public BotText Text { get; }
    public FakeTimeProvider Time { get; }
    public SqlConversationStore Sqlite { get; }
    public IConversationStore Store { get; }
    public RecordingGateway Gateway { get; }
    public TurnHandler Handler { get; }
    public ConversationAddress Address { get; } = new("webchat", "conv-1");

    public string DatabasePath => _folder.Combine("assistant.db");

    public Task<TurnResult> SayAsync(string text, string? locale = null) =>
        Handler.HandleAsync(Message(IncomingKind.Message, text, null, locale), CancellationToken.None);

    public Task<TurnResult> PressAsync(string action, Dictionary<string, string> data, IncomingKind kind = IncomingKind.Message) =>
        Handler.HandleAsync(Message(kind, null, new CardSubmission(action, data), null), CancellationToken.None);

    public IncomingMessage Message(IncomingKind kind, string? text, CardSubmission? submission, string? locale) =>
        new(Address, kind, "user-1", "Worker", text, submission, locale, Time.GetUtcNow(), "activity-1");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>The production default, reachable from tests (it is internal).</summary>
    private sealed class DefaultGatewayForTests(BotText text) : IHandoffGateway
    {
        private readonly RecordedHandoffGateway _inner = new(text, NullLogger<RecordedHandoffGateway>.Instance);

        public Task<Reply> RequestOfficerAsync(IncomingMessage message, ConversationState state, HandoffReason reason, CancellationToken cancellationToken) =>
            _inner.RequestOfficerAsync(message, state, reason, cancellationToken);
    }
}

using Assistant.Bot.Conversations;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Support;
using Assistant.Bot.Tests.Storage.Support;

namespace Assistant.Bot.Tests.Conversations;

/// <summary>A turn reads its conversation's state once and writes it, with the answer's records, once.</summary>
public sealed class OnePassTurnTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Theory]
    [InlineData("被辞退有没有经济补偿")]
    [InlineData("今天天气怎么样")]
    [InlineData("你好")]
    [InlineData("转人工")]
    public async Task A_message_reads_the_state_once_and_writes_once(string question)
    {
        using var counting = new CountingStore();
        using var harness = new TurnHarness(index, store: counting);

        await harness.SayAsync(question);

        Assert.Equal((1, 1), (counting.StateReads, counting.Writes));
    }

    [Fact]
    public async Task An_answer_its_record_and_the_unanswered_question_are_written_together()
    {
        using var counting = new CountingStore();
        using var harness = new TurnHarness(index, store: counting);

        await harness.SayAsync("今天天气怎么样");

        var turn = Assert.Single(counting.Turns);
        Assert.NotNull(turn.Answer);
        Assert.NotNull(turn.Unanswered);
        Assert.Equal(turn.Answer.Question, turn.Unanswered.Question);
        Assert.Equal(1, turn.State.UnansweredInARow);
    }

    /// <summary>The SQLite store, counting what a turn asks of it.</summary>
    private sealed class CountingStore : IConversationStore, IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly SqlConversationStore _inner;

        public CountingStore() => _inner = new SqlConversationStore(StoreSchemas.Sqlite(_folder.Combine("count.db")));

        public int StateReads { get; private set; }
        public int Writes => Turns.Count;
        public List<ConversationTurn> Turns { get; } = [];

        public Task<ConversationState?> GetStateAsync(ConversationAddress address, CancellationToken cancellationToken)
        {
            StateReads++;
            return _inner.GetStateAsync(address, cancellationToken);
        }

        public Task SaveTurnAsync(ConversationTurn turn, CancellationToken cancellationToken)
        {
            Turns.Add(turn);
            return _inner.SaveTurnAsync(turn, cancellationToken);
        }

        public Task SaveReferenceAsync(ConversationReference reference, CancellationToken cancellationToken) => _inner.SaveReferenceAsync(reference, cancellationToken);
        public Task<ConversationReference?> GetReferenceAsync(ConversationAddress address, CancellationToken cancellationToken) => _inner.GetReferenceAsync(address, cancellationToken);
        public Task<AnswerRecord?> GetAnswerAsync(string answerId, CancellationToken cancellationToken) => _inner.GetAnswerAsync(answerId, cancellationToken);
        public Task<QuestionPurge> PurgeQuestionsAsync(DateTimeOffset before, CancellationToken cancellationToken) => _inner.PurgeQuestionsAsync(before, cancellationToken);

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}

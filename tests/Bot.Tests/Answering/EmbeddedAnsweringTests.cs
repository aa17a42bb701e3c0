using Assistant.Bot.Generation;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Tests.Support;
using Assistant.Knowledge.Embeddings;

namespace Assistant.Bot.Tests.Answering;

/// <summary>
/// Question vectors through the real turn handler and the samples indexed with the concept model's vectors: when the
/// embedder is asked (and when not), that it runs beside the expansion, and that its failures never sink the turn.
/// </summary>
public sealed class EmbeddedAnsweringTests(EmbeddedSampleIndexFixture embedded, SampleIndexFixture plain)
    : IClassFixture<EmbeddedSampleIndexFixture>, IClassFixture<SampleIndexFixture>
{
    // "sacked" is in no sample; the glossary's reading of it ranks the guide's section on unlawful dismissal first, while
    // the concept model puts it beside "severance pay".
    private const string Question = "I got sacked, do I get anything?";
    private const string Severance = "Workers'RightsGuide#Do I get severance pay (economic compensation) if the company lets me go?";

    [Fact]
    public async Task The_question_s_vector_puts_the_article_that_means_it_first()
    {
        var embedder = new FakeQuestionEmbedder();

        var card = await AskAsync(embedded.Searcher, embedder);

        Assert.Equal(Severance, card.Lead());
        Assert.Equal([Question], embedder.Questions);
        Assert.NotEqual(Severance, await PlainFirstCitationAsync());
    }

    [Fact]
    public async Task A_disabled_embedder_is_not_asked()
    {
        var embedder = new FakeQuestionEmbedder(enabled: false);

        var card = await AskAsync(embedded.Searcher, embedder);

        Assert.Equal(await PlainFirstCitationAsync(), card.Lead());
        Assert.Empty(embedder.Questions);
    }

    [Fact]
    public async Task A_model_other_than_the_one_that_made_the_index_s_vectors_is_not_asked()
    {
        var embedder = new FakeQuestionEmbedder(model: "another-model");

        var card = await AskAsync(embedded.Searcher, embedder);

        Assert.Equal(await PlainFirstCitationAsync(), card.Lead());
        Assert.Empty(embedder.Questions);
    }

    [Fact]
    public async Task An_index_without_vectors_is_searched_without_asking()
    {
        var embedder = new FakeQuestionEmbedder();

        await AskAsync(plain.Searcher, embedder);

        Assert.Empty(embedder.Questions);
    }

    [Fact]
    public async Task A_question_citing_an_article_is_answered_exactly_without_asking()
    {
        var embedder = new FakeQuestionEmbedder();
        using var harness = new TurnHarness(embedded.Searcher, embedder: embedder);

        var card = Assert.Single((await harness.SayAsync("江河示范能源集团有限公司工会会员管理办法第五条")).Replies).Card!;

        Assert.EndsWith("#第五条", card.Citations[0].ArticleKey, StringComparison.Ordinal);
        Assert.Empty(embedder.Questions);
    }

    [Theory]
    [InlineData("service")]
    [InlineData("timeout")]
    [InlineData("bug")]
    public async Task A_failing_embedder_leaves_the_question_answered_by_its_words(string failure)
    {
        var embedder = new FakeQuestionEmbedder(failure: failure switch
        {
            "service" => new EmbeddingServiceException("The embedding service at http://127.0.0.1/v1/embeddings answered 500."),
            "timeout" => new TimeoutException("The embedding service did not answer within 1500 ms."),
            _ => new InvalidOperationException("the embedder broke"),
        });
        using var harness = new TurnHarness(embedded.Searcher, embedder: embedder);

        var card = Assert.Single((await harness.SayAsync(Question)).Replies).Card!;

        Assert.Equal(await PlainFirstCitationAsync(), card.Lead());
        Assert.Equal([Question], embedder.Questions);
        Assert.Equal("extractive", (await harness.Store.GetAnswerAsync(card.AnswerId, CancellationToken.None))!.Mode);
    }

    [Fact]
    public async Task The_question_is_embedded_while_it_is_expanded_not_after()
    {
        // Each waits until the other has started: one after the other, the first would wait in vain and fail.
        var expanding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var embedding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var expander = new MeetingExpander(expanding, embedding.Task);
        var embedder = new FakeQuestionEmbedder(before: async () =>
        {
            embedding.TrySetResult();
            await expanding.Task.WaitAsync(TimeSpan.FromSeconds(10));
        });
        using var harness = new TurnHarness(embedded.Searcher, expander: expander, embedder: embedder);

        var card = Assert.Single((await harness.SayAsync(Question)).Replies).Card!;

        Assert.True(expander.Met);
        Assert.Equal(Severance, card.Lead());
    }

    private async Task<string> PlainFirstCitationAsync() =>
        (await AskAsync(plain.Searcher, new DisabledQuestionEmbedder())).Lead();

    private static async Task<Assistant.Bot.Replies.AnswerCard> AskAsync(Assistant.Knowledge.Search.KnowledgeSearcher searcher, IQuestionEmbedder embedder)
    {
        using var harness = new TurnHarness(searcher, embedder: embedder);
        var reply = Assert.Single((await harness.SayAsync(Question)).Replies);
        Assert.NotNull(reply.Card);
        return reply.Card;
    }

    /// <summary>An expander that says it started and answers once the embedder has started too.</summary>
    private sealed class MeetingExpander(TaskCompletionSource started, Task other) : IQuestionExpander
    {
        public bool IsEnabled => true;

        public bool Met { get; private set; }

        public async Task<string?> ExpandAsync(string question, CancellationToken cancellationToken)
        {
            started.TrySetResult();
            await other.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            Met = true;
            return null;
        }
    }
}

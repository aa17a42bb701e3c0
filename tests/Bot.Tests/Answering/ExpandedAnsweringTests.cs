using Assistant.Bot.Tests.Generation;
using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Answering;

/// <summary>
/// Question expansion through the real turn handler and the sample index: the model's statute terms bring the article
/// written in them to the top, and a model that fails or throws leaves the turn answered from the question alone.
/// </summary>
public sealed class ExpandedAnsweringTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    // "I was let go after some years, how much do I get": the guide's section on whether there is severance answers it
    // first; the one on the amount is written in the statute's words (经济补偿, 工作年限, 每满一年支付一个月工资).
    private const string Question = "干了几年被辞退，能拿多少钱";
    private const string Calculation = "职工劳动权益问答指南#经济补偿怎么计算？什么是\"N\"？";
    private const string ModelReply = "1. 经济补偿\n2. 工作年限\n3. 每满一年支付一个月工资\n4. 用人单位\n5. 劳动者";

    [Fact]
    public async Task The_model_s_statute_terms_put_the_article_written_in_them_first()
    {
        var plainFirst = await FirstCitationAsync(null);
        Assert.NotEqual(Calculation, plainFirst);
        await using var server = await FakeModelServer.StartAsync();
        server.Reply(ScriptedReply.Answer(ModelReply));
        using var expander = TestGenerators.Expander(TestGenerators.Compatible(server));
        using var harness = new TurnHarness(index, expander: expander);

        var card = (await harness.SayAsync(Question)).Replies[0].Card!;

        Assert.Equal(Calculation, card.Lead());
        Assert.Contains(Question, Assert.Single(server.Requests).Messages()[1].Content, StringComparison.Ordinal);
        var record = await harness.Store.GetAnswerAsync(card.AnswerId, CancellationToken.None);
        Assert.Equal("guide", record!.Mode);
        Assert.Contains(Calculation, record.ArticleKeys);
    }

    [Fact]
    public async Task A_failing_model_leaves_the_question_answered_as_typed()
    {
        var plainFirst = await FirstCitationAsync(null);
        await using var server = await FakeModelServer.StartAsync();
        server.Reply(ScriptedReply.Error(500), ScriptedReply.Answer(ModelReply));
        using var expander = TestGenerators.Expander(TestGenerators.Compatible(server));
        using var harness = new TurnHarness(index, expander: expander);

        var card = (await harness.SayAsync(Question)).Replies[0].Card!;

        Assert.Equal(plainFirst, card.Lead());
        Assert.Single(server.Requests);
        Assert.NotEqual("generated", (await harness.Store.GetAnswerAsync(card.AnswerId, CancellationToken.None))!.Mode);
    }

    [Fact]
    public async Task An_expander_that_throws_never_sinks_the_turn()
    {
        var plainFirst = await FirstCitationAsync(null);
        var expander = new FakeExpander(null, new InvalidOperationException("the expander broke"));

        var first = await FirstCitationAsync(expander);

        Assert.Equal(plainFirst, first);
        Assert.Equal([Question], expander.Questions);
    }

    [Fact]
    public async Task A_disabled_expander_is_not_asked()
    {
        var expander = new FakeExpander("经济补偿；工作年限；每满一年支付一个月工资", enabled: false);

        var first = await FirstCitationAsync(expander);

        Assert.NotEqual(Calculation, first);
        Assert.Empty(expander.Questions);
    }

    [Fact]
    public async Task A_question_citing_an_article_is_answered_exactly_without_asking_the_model()
    {
        var expander = new FakeExpander("经济补偿；工作年限；每满一年支付一个月工资");
        using var harness = new TurnHarness(index, expander: expander);

        var card = Assert.Single((await harness.SayAsync("江河示范能源集团有限公司工会会员管理办法第五条")).Replies).Card!;

        Assert.EndsWith("#第五条", card.Citations[0].ArticleKey, StringComparison.Ordinal);
        Assert.Empty(expander.Questions);
    }

    private async Task<string> FirstCitationAsync(FakeExpander? expander)
    {
        using var harness = new TurnHarness(index, expander: expander);
        // The answer from the law comes first (a question about a sum is followed by the first figure it needs).
        var reply = (await harness.SayAsync(Question)).Replies[0];
        Assert.NotNull(reply.Card);
        return reply.Card.Lead();
    }
}

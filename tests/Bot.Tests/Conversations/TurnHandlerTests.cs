using Assistant.Bot.Conversations;
using Assistant.Bot.Tests.Support;
using Assistant.Bot.Replies;
using Assistant.Bot.Policy;

namespace Assistant.Bot.Tests.Conversations;

public sealed class TurnHandlerTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public async Task Welcome_is_bilingual_chinese_first_with_examples_and_the_privacy_note()
    {
        using var harness = new TurnHarness(index);

        var result = await harness.Handler.HandleAsync(harness.Message(IncomingKind.MemberAdded, null, null, null), CancellationToken.None);

        var reply = Assert.Single(result.Replies);
        var chinese = reply.Text.IndexOf("工会的职工权益助手", StringComparison.Ordinal);
        var english = reply.Text.IndexOf("labor-rights assistant", StringComparison.Ordinal);
        Assert.True(chinese >= 0 && english > chinese);
        Assert.Contains("保密", reply.Text, StringComparison.Ordinal);
        Assert.Contains("not legal advice", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.SuggestedActions!, a => a.Text == "困难职工帮扶怎么申请？");
        Assert.Contains(reply.SuggestedActions!, a => a.Text == "How is overtime paid?");
    }

    [Fact]
    public async Task An_install_announced_twice_is_welcomed_once()
    {
        using var harness = new TurnHarness(index);

        var installed = await harness.Handler.HandleAsync(harness.Message(IncomingKind.Installed, null, null, null), CancellationToken.None);
        var added = await harness.Handler.HandleAsync(harness.Message(IncomingKind.MemberAdded, null, null, null), CancellationToken.None);

        Assert.Single(installed.Replies);
        Assert.Empty(added.Replies);
    }

    [Theory]
    [InlineData("你好", "zh")]
    [InlineData("您好！", "zh")]
    [InlineData("hello", "en")]
    public async Task A_greeting_is_answered_in_its_language_and_remembered(string greeting, string language)
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync(greeting)).Replies);

        Assert.Equal(language, reply.Language);
        Assert.Equal(harness.Text.Get("Greeting", language), reply.Text);
        Assert.Equal(language, (await harness.Store.GetStateAsync(harness.Address, CancellationToken.None))!.Language);
    }

    [Theory]
    [InlineData("你能做什么", "zh")]
    [InlineData("help", "en")]
    public async Task Help_explains_what_the_bot_does(string message, string language)
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync(message)).Replies);

        Assert.Equal(harness.Text.Get("Help", language), reply.Text);
        Assert.Contains(reply.SuggestedActions!, a => a.Text == harness.Text.Get("OfficerSuggestionText", language));
    }

    [Theory]
    [InlineData("转人工")]
    [InlineData("我要找工会干部")]
    [InlineData("talk to a person")]
    public async Task Asking_for_a_person_is_recorded_honestly_without_claiming_a_case(string message)
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync(message)).Replies);

        var request = Assert.Single(harness.Gateway.Requests);
        Assert.Equal(HandoffReason.Requested, request.Reason);
        Assert.Equal(harness.Text.Get("HandoffRecorded", reply.Language), reply.Text);
        Assert.DoesNotContain("案件", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("case", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("网格员|grid member", reply.Text);
        var state = await harness.Store.GetStateAsync(harness.Address, CancellationToken.None);
        Assert.Equal(TurnHandler.HandoffRequested, state!.PendingAction);
    }

    [Fact]
    public async Task A_dispatch_agency_question_is_not_a_request_for_an_agent()
    {
        using var harness = new TurnHarness(index);

        await harness.SayAsync("What rights do dispatch agency workers have?");

        Assert.Empty(harness.Gateway.Requests);
    }

    [Fact]
    public async Task The_ask_officer_button_goes_to_the_gateway()
    {
        using var harness = new TurnHarness(index);
        var answer = Assert.Single((await harness.SayAsync("会费怎么交")).Replies).Card!;

        var result = await harness.PressAsync(CardActions.AskOfficer, new() { ["answerId"] = answer.AnswerId }, IncomingKind.CardInvoke);

        Assert.Single(harness.Gateway.Requests);
        Assert.Equal(harness.Text.Get("HandoffRecorded", "zh"), result.InvokeText);
    }

    [Fact]
    public async Task The_ask_button_asks_its_question()
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.PressAsync(CardActions.Ask, new() { ["text"] = "困难职工帮扶怎么申请" })).Replies);

        Assert.Contains(reply.Card!.Citations, c => c.ArticleKey.StartsWith("江河示范能源集团有限公司工会会员福利与困难帮扶办法#", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CardActions.Helpful, 1L)]
    [InlineData(CardActions.NotHelpful, 0L)]
    public async Task Feedback_is_stored_with_the_question_and_articles(string action, long helpful)
    {
        using var harness = new TurnHarness(index);
        var card = Assert.Single((await harness.SayAsync("会费怎么交")).Replies).Card!;

        var reply = Assert.Single((await harness.PressAsync(action, new() { ["answerId"] = card.AnswerId })).Replies);

        var stored = Assert.Single(StoreQueries.Feedback(harness.DatabasePath));
        Assert.Equal(card.AnswerId, stored.AnswerId);
        Assert.Equal(helpful, stored.Helpful);
        Assert.Equal("会费怎么交", stored.Question);
        foreach (var citation in card.Citations)
            Assert.Contains(citation.ArticleKey, stored.ArticleKeys, StringComparison.Ordinal);
        if (action == CardActions.Helpful)
        {
            Assert.Equal(harness.Text.Get("Thanks", "zh"), reply.Text);
        }
        else
        {
            Assert.Equal(harness.Text.Get("ThanksNotHelpful", "zh"), reply.Text);
            Assert.Contains(reply.SuggestedActions!, a => a.Text == "转人工");
        }
    }

    [Fact]
    public async Task Self_harm_gets_care_and_crisis_lines_and_a_person_and_no_law()
    {
        using var harness = new TurnHarness(index);

        var result = await harness.SayAsync("被辞退了，我不想活了");

        Assert.Equal(2, result.Replies.Count);
        Assert.Contains("12356", result.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("010-82951332", result.Replies[0].Text, StringComparison.Ordinal);
        Assert.All(result.Replies, r => Assert.Null(r.Card));
        Assert.DoesNotContain(result.Replies, r => r.Text.Contains('《', StringComparison.Ordinal));
        Assert.Equal(HandoffReason.SelfHarm, Assert.Single(harness.Gateway.Requests).Reason);
        Assert.Empty(StoreQueries.Unanswered(harness.DatabasePath));
    }

    [Fact]
    public async Task English_self_harm_is_answered_in_english()
    {
        using var harness = new TurnHarness(index);

        var result = await harness.SayAsync("I want to kill myself");

        Assert.Equal("en", result.Replies[0].Language);
        Assert.Contains("12356", result.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(HandoffReason.SelfHarm, Assert.Single(harness.Gateway.Requests).Reason);
    }

    [Fact]
    public async Task A_fault_inside_the_turn_becomes_an_apology_offering_a_person()
    {
        using var harness = new TurnHarness(index, gateway: new ThrowingGateway());
        await harness.SayAsync("hello");

        var result = await harness.SayAsync("talk to a person");

        var reply = Assert.Single(result.Replies);
        Assert.Equal(harness.Text.Get("Apology", "en"), reply.Text);
        Assert.Contains(reply.SuggestedActions!, a => a.Text == "talk to a person");
    }

    [Fact]
    public async Task The_conversation_language_persists_across_turns()
    {
        using var harness = new TurnHarness(index);

        await harness.SayAsync("Can I stay anonymous when I raise a request?");
        var feedback = await harness.PressAsync(CardActions.Helpful, new() { ["answerId"] = "unknown" });

        Assert.Equal("en", feedback.Replies[0].Language);
        var state = await harness.Store.GetStateAsync(harness.Address, CancellationToken.None);
        Assert.Equal("en", state!.Language);
        Assert.Equal("Can I stay anonymous when I raise a request?", state.LastQuestion);
        Assert.NotEmpty(state.LastArticleKeys);
    }
}

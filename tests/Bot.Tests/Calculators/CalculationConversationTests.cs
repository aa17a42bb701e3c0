using Assistant.Bot.Calculators.Conversation;
using Assistant.Bot.Conversations;
using Assistant.Bot.Replies;
using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>A worker's own numbers worked out in the chat: read from their words, asked for one at a time, remembered,
/// or filled in on a form; the result with its steps and the articles quoted.</summary>
public sealed class CalculationConversationTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public async Task A_question_with_the_workers_figures_is_answered_with_the_amount_the_steps_and_the_articles()
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync("我在公司干了5年，月薪8000，公司裁员能赔多少钱？")).Replies);

        var card = reply.Card!;
        Assert.Equal("经济补偿（N）", card.Title);
        Assert.Contains("40,000.00", card.Lead, StringComparison.Ordinal);
        Assert.Contains(card.Sections, s => s.Heading == "计算过程" && s.Lines.Any(l => l.Contains("8,000.00元 × 5个月 = 40,000.00元", StringComparison.Ordinal)));
        Assert.Contains(card.Sections, s => s.Heading == "你提供的数据" && s.Lines.Contains("月工资：8,000.00元"));
        Assert.Equal("《劳动合同法》（2012年修正）第四十七条", card.Citations[0].Source);
        Assert.Contains("不构成法律意见", card.Notice, StringComparison.Ordinal);
        Assert.Equal(CardActions.AskOfficer, card.Buttons[0].Submission.Action);
        var record = await harness.Store.GetAnswerAsync(card.AnswerId, CancellationToken.None);
        Assert.Equal(TurnHandler.CalculationMode, record!.Mode);
        Assert.Contains("劳动合同法#第四十七条", record.ArticleKeys);
    }

    [Fact]
    public async Task Missing_figures_are_asked_one_at_a_time_and_remembered_until_the_result()
    {
        using var harness = new TurnHarness(index);

        // Asked for the sum without a figure: the law first, then the first figure the sum needs.
        var opening = (await harness.SayAsync("公司裁员了，能赔多少钱？")).Replies;
        var second = Assert.Single((await harness.SayAsync("干了五年半")).Replies);
        var result = Assert.Single((await harness.SayAsync("税前一万二")).Replies);

        Assert.Equal(2, opening.Count);
        Assert.Contains(opening[0].Card!.Citations, c => c.ArticleKey == "劳动合同法#第四十六条");
        Assert.Empty(opening[1].Card!.Citations);
        Assert.Contains("干了多久", opening[1].Text, StringComparison.Ordinal);
        Assert.Contains("月工资", second.Text, StringComparison.Ordinal);
        // 5½ years: the half year is six months, a whole month (第四十七条); 6 × 12,000.
        Assert.Contains("72,000.00", result.Card!.Lead, StringComparison.Ordinal);
        var state = await harness.Store.GetStateAsync(harness.Address, CancellationToken.None);
        Assert.Null(state!.Calculation);
        Assert.Equal("经济补偿（N）", state.RecentQuestions[^1].Calculation!.Title);
    }

    [Fact]
    public async Task The_question_in_progress_survives_between_turns_in_the_store()
    {
        using var harness = new TurnHarness(index);

        await harness.SayAsync("工伤鉴定了，一次性伤残补助金能拿多少？");

        var pending = (await harness.Store.GetStateAsync(harness.Address, CancellationToken.None))!.Calculation;
        Assert.Equal(Assistant.Bot.Calculators.CalculationKind.InjuryGrant, pending!.Kind);
        Assert.Equal("Grade", pending.Asking);
        var answer = Assert.Single((await harness.SayAsync("9级")).Replies);
        Assert.Contains("月工资", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_without_the_figure_is_asked_again_never_an_exception()
    {
        using var harness = new TurnHarness(index);

        await harness.SayAsync("公司裁员了，能赔多少钱？");
        var again = Assert.Single((await harness.SayAsync("干了负三年")).Replies);

        Assert.NotNull(again.Text);
        Assert.DoesNotContain("抱歉，我这边出了问题", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_stops_the_calculation_and_another_question_leaves_it()
    {
        using var cancelled = new TurnHarness(index);
        await cancelled.SayAsync("公司裁员了，能赔多少钱？");
        var stop = Assert.Single((await cancelled.SayAsync("算了")).Replies);
        Assert.Contains("先不算了", stop.Text, StringComparison.Ordinal);
        Assert.Null((await cancelled.Store.GetStateAsync(cancelled.Address, CancellationToken.None))!.Calculation);

        using var left = new TurnHarness(index);
        await left.SayAsync("公司裁员了，能赔多少钱？");
        var other = Assert.Single((await left.SayAsync("会费怎么交")).Replies);
        Assert.StartsWith("江河示范能源集团有限公司工会会费与经费管理办法#", other.Card!.Citations[0].ArticleKey, StringComparison.Ordinal);
        Assert.Null((await left.Store.GetStateAsync(left.Address, CancellationToken.None))!.Calculation);
    }

    [Fact]
    public async Task A_question_about_the_rule_alone_is_answered_from_the_law_with_an_offer_to_work_it_out()
    {
        using var harness = new TurnHarness(index);

        var card = Assert.Single((await harness.SayAsync("被辞退有没有经济补偿")).Replies).Card!;

        Assert.Equal("职工劳动权益问答指南#被公司辞退能拿到经济补偿吗？", card.ExplanationKey);
        // A dismissal puts the offer of a person first; working it out comes right after.
        Assert.Equal(CardActions.AskOfficer, card.Buttons[0].Submission.Action);
        var offer = card.Buttons[1];
        Assert.Equal("帮我算一算", offer.Title);
        Assert.Equal(CalculationCards.FormAction, offer.Submission.Action);
    }

    [Fact]
    public async Task A_question_that_only_mentions_figures_is_about_the_law_and_gets_it_with_the_offer_not_a_calculation()
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync("我干了三年多了，公司一直没跟我签合同，这样合法吗？")).Replies);

        Assert.NotEmpty(reply.Card!.Citations);
        Assert.Contains(reply.Card.Buttons, b => b.Submission.Action == CalculationCards.FormAction);
        Assert.Null((await harness.Store.GetStateAsync(harness.Address, CancellationToken.None))!.Calculation);
    }

    [Theory]
    [InlineData("签了竞业协议，离职后公司每个月该给我多少补偿？")]
    [InlineData("公司出钱让我培训，签了服务期，提前走要赔多少违约金？")]
    public async Task A_sum_no_calculator_here_works_out_is_never_taken_for_severance(string question)
    {
        using var harness = new TurnHarness(index);

        var replies = (await harness.SayAsync(question)).Replies;

        Assert.Single(replies);
        Assert.DoesNotContain(replies[0].Card?.Buttons ?? [], b => b.Submission.Action == CalculationCards.FormAction);
        Assert.Null((await harness.Store.GetStateAsync(harness.Address, CancellationToken.None))!.Calculation);
    }

    [Fact]
    public async Task The_form_is_the_other_way_and_a_bad_figure_brings_it_back_naming_what_is_wrong()
    {
        using var harness = new TurnHarness(index);
        await harness.SayAsync("公司裁员了，能赔多少钱？");

        var form = Assert.Single((await harness.PressAsync(CalculationCards.FormAction, new() { ["kind"] = "Severance" })).Replies).Card!;
        Assert.Contains(form.Inputs, i => i.Id == "MonthlyWage");
        Assert.Contains(form.Inputs, i => i.Id == "Ending" && i.Options.Count > 0);

        var wrong = Assert.Single((await harness.PressAsync(CalculationCards.CalculateAction,
            new() { ["kind"] = "Severance", ["Years"] = "3", ["MonthlyWage"] = "0" })).Replies).Card!;
        Assert.NotEmpty(wrong.Inputs);
        Assert.NotEqual(form.Lead, wrong.Lead);

        var done = Assert.Single((await harness.PressAsync(CalculationCards.CalculateAction,
            new() { ["kind"] = "Severance", ["Years"] = "3", ["MonthlyWage"] = "6000", ["Ending"] = "Layoff" })).Replies).Card!;
        Assert.Contains("18,000.00", done.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_worker_gets_the_result_in_english()
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync("I worked 3 years and my salary is 12,000. I was laid off, how much do I get?")).Replies);

        Assert.Equal("Economic compensation (N)", reply.Card!.Title);
        Assert.Contains("36,000.00", reply.Card.Lead, StringComparison.Ordinal);
        Assert.Equal("Labor Contract Law (2012 amendment), Article 47", reply.Card.Citations[0].Source);
    }

    [Fact]
    public async Task Annual_leave_for_the_years_said_gives_the_days()
    {
        using var harness = new TurnHarness(index);

        var card = Assert.Single((await harness.SayAsync("年假有几天？我工作8年了")).Replies).Card!;

        Assert.Equal("带薪年休假", card.Title);
        Assert.Contains("5天", card.Lead, StringComparison.Ordinal);
        Assert.Equal("《职工带薪年休假条例》第三条", card.Citations[0].Source);
    }
}

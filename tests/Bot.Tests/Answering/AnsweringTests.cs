using Assistant.Bot.Citations;
using Assistant.Bot.Answering;
using Assistant.Bot.Generation;
using Assistant.Bot.Tests.Support;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Answering;

/// <summary>The answer policy through the real turn handler, the sample index and a real SQLite file.</summary>
public sealed class AnsweringTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private const string Dues = "江河示范能源集团有限公司工会会费与经费管理办法#";
    private const string Hardship = "江河示范能源集团有限公司工会会员福利与困难帮扶办法#";
    private const string ZhNotice = "以上为一般性法律信息，不构成法律意见；如需帮助，可联系工会。";

    [Fact]
    public async Task A_chinese_question_on_the_union_rules_is_answered_with_the_rule_quoted_and_the_notice()
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync("困难职工帮扶怎么申请")).Replies);

        Assert.Equal("zh", reply.Language);
        var card = reply.Card!;
        Assert.InRange(card.Citations.Count, 1, 3);
        Assert.All(card.Citations, c => Assert.StartsWith(Hardship, c.ArticleKey, StringComparison.Ordinal));
        Assert.Equal(Hardship + "第十九条", card.Citations[0].ArticleKey);
        Assert.Equal("《江河示范能源集团有限公司工会会员福利与困难帮扶办法》第十九条", card.Citations[0].Source);
        Assert.StartsWith("根据《江河示范能源集团有限公司工会会员福利与困难帮扶办法》第十九条，公司工会协助困难职工申请", card.Lead, StringComparison.Ordinal);
        Assert.Equal(ZhNotice, card.Notice);
        Assert.EndsWith(ZhNotice, reply.Text, StringComparison.Ordinal);
        Assert.Contains("[1] 《江河示范能源集团有限公司工会会员福利与困难帮扶办法》第十九条", reply.Text, StringComparison.Ordinal);
        Assert.Equal([CardActions.Helpful, CardActions.NotHelpful, CardActions.AskOfficer], card.Buttons.Select(b => b.Submission.Action));
        Assert.All(card.Citations, c => Assert.True(c.Excerpt.Length <= 202));
    }

    [Fact]
    public async Task Dues_are_answered_from_the_dues_rules_and_the_answer_is_recorded()
    {
        using var harness = new TurnHarness(index);

        var card = Assert.Single((await harness.SayAsync("会费怎么交")).Replies).Card!;

        Assert.All(card.Citations, c => Assert.StartsWith(Dues, c.ArticleKey, StringComparison.Ordinal));
        var record = await harness.Store.GetAnswerAsync(card.AnswerId, CancellationToken.None);
        Assert.Equal("extractive", record!.Mode);
        Assert.Equal(card.Citations.Select(c => c.ArticleKey), record.ArticleKeys);
    }

    [Fact]
    public async Task An_english_question_is_answered_in_english_from_the_english_rules()
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync("Can I stay anonymous when I raise a request?")).Replies);

        Assert.Equal("en", reply.Language);
        var first = reply.Card!.Citations[0];
        Assert.Equal("JiangheDemoEnergyGroupCo.,Ltd.TradeUnionGridServiceandRequestHandlingMeasures#Article 11", first.ArticleKey);
        Assert.Equal("Jianghe Demo Energy Group Co., Ltd. Trade Union Grid Service and Request Handling Measures, Article 11", first.Source);
        Assert.StartsWith("Under Jianghe Demo Energy Group Co., Ltd. Trade Union Grid Service and Request Handling Measures, Article 11:", reply.Card.Lead, StringComparison.Ordinal);
        Assert.Equal(harness.Text.Get("Notice", "en"), reply.Card.Notice);
        Assert.Equal("👍 Helpful", reply.Card.Buttons[0].Title);
    }

    [Fact]
    public async Task An_article_reference_is_answered_with_exactly_that_article()
    {
        using var harness = new TurnHarness(index);

        var card = Assert.Single((await harness.SayAsync("江河示范能源集团有限公司工会会员管理办法第五条")).Replies).Card!;

        var citation = Assert.Single(card.Citations);
        Assert.Equal("江河示范能源集团有限公司工会会员管理办法#第五条", citation.ArticleKey);
        Assert.StartsWith("《江河示范能源集团有限公司工会会员管理办法》第五条规定：在公司及其所属单位中以工资收入为主要生活来源的劳动者", card.Lead, StringComparison.Ordinal);
        Assert.Contains("试用期内的职工", citation.FullText, StringComparison.Ordinal);
        Assert.Equal("reference", (await harness.Store.GetAnswerAsync(card.AnswerId, CancellationToken.None))!.Mode);
    }

    [Theory]
    [InlineData("今天天气怎么样", "zh")]
    [InlineData("what's the best pizza", "en")]
    public async Task An_off_topic_question_is_unsupported_recorded_and_offered_an_officer(string question, string language)
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync(question)).Replies);

        Assert.Equal(language, reply.Language);
        Assert.StartsWith(harness.Text.Get("NoSupport", language), reply.Text, StringComparison.Ordinal);
        Assert.Contains(harness.Text.Get("OfficerOffer", language), reply.Text, StringComparison.Ordinal);
        Assert.EndsWith(harness.Text.Get("Notice", language), reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Card);
        Assert.Contains(reply.SuggestedActions!, a => a.Text == harness.Text.Get("OfficerSuggestionText", language));
        var unanswered = Assert.Single(StoreQueries.Unanswered(harness.DatabasePath));
        Assert.Equal(question, unanswered.Question);
        Assert.Equal(language, unanswered.Language);
        // Without a content word in common with any article there are no hits at all; words shared with a guide's
        // everyday phrasings by chance are no evidence either.
        Assert.Contains(unanswered.Reason, new[] { "not-covered", "no-hits", "no-domain-evidence" });
        Assert.Equal(1, (await harness.Store.GetStateAsync(harness.Address, CancellationToken.None))!.UnansweredInARow);
    }

    [Fact]
    public async Task Two_unsupported_questions_in_a_row_make_the_offer_of_a_person_prominent_and_an_answer_resets_it()
    {
        using var harness = new TurnHarness(index);

        await harness.SayAsync("今天天气怎么样");
        var second = Assert.Single((await harness.SayAsync("今天中午吃什么")).Replies);
        await harness.SayAsync("会费怎么交");

        Assert.Contains(harness.Text.Get("OfficerOfferProminent", "zh"), second.Text, StringComparison.Ordinal);
        Assert.Equal(0, (await harness.Store.GetStateAsync(harness.Address, CancellationToken.None))!.UnansweredInARow);
    }

    [Fact]
    public async Task A_weak_question_shows_the_closest_articles_and_asks_exactly_one_clarifying_question()
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync("社保卡丢了怎么补办")).Replies);

        var card = reply.Card!;
        Assert.Equal(harness.Text.Get("ClosestTitle", "zh"), card.Title);
        Assert.StartsWith(harness.Text.Get("WeakGuideLead", "zh"), card.Lead, StringComparison.Ordinal);
        Assert.NotNull(card.ExplanationKey);
        Assert.All(card.Citations, c => Assert.StartsWith("《", c.Source, StringComparison.Ordinal));
        var asked = new[] { "ClarifyLocal", "ClarifyYears", "ClarifyContract" }
            .Where(name => card.Lead.Contains(harness.Text.Get(name, "zh"), StringComparison.Ordinal)).ToList();
        Assert.Equal(["ClarifyLocal"], asked);
        Assert.Contains(harness.Text.Get("OfficerOffer", "zh"), card.Lead, StringComparison.Ordinal);
        Assert.Contains(card.Buttons, b => b.Submission.Action == CardActions.AskOfficer);
    }

    [Fact]
    public async Task A_weak_english_social_insurance_question_asks_for_the_city()
    {
        using var harness = new TurnHarness(index);

        var card = Assert.Single((await harness.SayAsync("My social insurance card is lost")).Replies).Card!;

        Assert.Equal(harness.Text.Get("ClosestTitle", "en"), card.Title);

        Assert.Contains(harness.Text.Get("ClarifyLocal", "en"), card.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Text.Get("ClarifyYears", "en"), card.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("被开除了有没有赔偿")]
    [InlineData("工伤怎么办")]
    [InlineData("被辞退有没有经济补偿")]
    public async Task A_sensitive_question_gets_the_law_and_an_immediate_offer_of_an_officer(string question)
    {
        using var harness = new TurnHarness(index);

        var card = Assert.Single((await harness.SayAsync(question)).Replies).Card!;

        Assert.NotEmpty(card.Citations);
        Assert.Contains(harness.Text.Get("SensitiveOffer", "zh"), card.Lead, StringComparison.Ordinal);
        Assert.Equal(CardActions.AskOfficer, card.Buttons[0].Submission.Action);
        Assert.Empty(harness.Gateway.Requests);
    }

    [Fact]
    public async Task The_severance_question_is_explained_by_the_guide_and_answered_with_the_law_it_cites()
    {
        using var harness = new TurnHarness(index);

        var reply = Assert.Single((await harness.SayAsync("被辞退有没有经济补偿")).Replies);
        var card = reply.Card!;

        Assert.Equal("职工劳动权益问答指南#被公司辞退能拿到经济补偿吗？", card.ExplanationKey);
        Assert.StartsWith("不是所有离职都有经济补偿", card.Lead, StringComparison.Ordinal);
        Assert.Equal("摘自工会《职工劳动权益问答指南》", card.LeadSource);
        Assert.Equal("法律依据：", card.CitationsHeading);
        // The guide cites six articles: the three that hold most of the question's words quoted whole, the rest named.
        Assert.Equal("劳动合同法#第四十六条", card.Citations[0].ArticleKey);
        Assert.Equal("《劳动合同法》（2012年修正）第四十六条", card.Citations[0].Source);
        Assert.True(card.Citations[0].IsWhole);
        Assert.Equal("本版本自2013年7月1日起施行。", card.Citations[0].InForce);
        Assert.Equal(3, card.Citations.Count);
        Assert.Equal(3, card.Further.Count);
        Assert.All(card.Further, f => Assert.StartsWith("《劳动合同法》（2012年修正）第", f.Source, StringComparison.Ordinal));
        Assert.All(card.Further, f => Assert.False(string.IsNullOrEmpty(f.FullText)));
        // Neither the card nor the text shows a key, the guide's citation line or its other phrasings.
        foreach (var shown in new[] { reply.Text, card.Lead }.Concat(card.Citations.Select(c => c.Source + c.Excerpt)))
        {
            Assert.DoesNotContain("#", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("依据：劳动", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("问法：", shown, StringComparison.Ordinal);
        }
        var record = await harness.Store.GetAnswerAsync(card.AnswerId, CancellationToken.None);
        Assert.Equal("guide", record!.Mode);
        Assert.Equal("劳动合同法#第四十六条", record.ArticleKeys[0]);
    }

    [Fact]
    public async Task An_english_question_answered_from_the_guide_names_the_law_in_english_and_quotes_its_chinese_text()
    {
        using var harness = new TurnHarness(index);

        var card = Assert.Single((await harness.SayAsync("Do I get severance pay if the company lets me go?")).Replies).Card!;

        Assert.Equal("Workers'RightsGuide#Do I get severance pay (economic compensation) if the company lets me go?", card.ExplanationKey);
        Assert.Equal("From the union's Workers' Rights Guide", card.LeadSource);
        Assert.Equal("Labor Contract Law (2012 amendment), Article 46", card.Citations[0].Source);
        Assert.Equal("Official Chinese text", card.Citations[0].Note);
        Assert.StartsWith("有下列情形之一的，用人单位应当向劳动者支付经济补偿", card.Citations[0].Excerpt, StringComparison.Ordinal);
        Assert.Equal("This version has been in force since 1 July 2013.", card.Citations[0].InForce);
    }

    [Fact]
    public async Task A_question_the_guide_cannot_find_law_for_says_so_plainly()
    {
        var text = new Assistant.Bot.Resources.BotText();
        var composer = new AnswerComposer(text, new LeadWriter(text), new CitationBuilder(text, new ArticleNames(text)), new ClarifyingQuestions(text));
        var guide = new Assistant.Knowledge.Search.SearchHit(
            "职工劳动权益问答指南#婚假有几天？", "samples/guides/劳动者权益指南.md", "职工劳动权益问答指南", "职工劳动权益问答指南", "婚假有几天？", null, "",
            "问法：结婚能休几天\n婚假天数由地方规定或单位制度确定。", 10, ["婚假"], Assistant.Knowledge.Documents.DocumentKind.Guide,
            Assistant.Knowledge.Documents.DocumentStatus.Current, Assistant.Knowledge.Documents.DocumentLanguage.Chinese, null, false);

        var reply = composer.Compose(new AnswerDraft("a1", "婚假有几天", "zh", Assistant.Knowledge.Search.SupportLevel.Strong, [], [], null, Assistant.Bot.Policy.OfficerOffer.None)
        {
            Explanation = guide,
        });

        Assert.StartsWith("婚假天数由地方规定或单位制度确定。", reply.Card!.Lead, StringComparison.Ordinal);
        Assert.Contains(text.Get("NoStatuteFound", "zh"), reply.Card.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("问法", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generated_answer_replaces_the_lead_and_keeps_the_citations()
    {
        var generator = new FakeGenerator(new GeneratedAnswer("会员每月按基本工资的百分之零点五交纳会费[1]。", [1]));
        using var harness = new TurnHarness(index, generator);

        var card = Assert.Single((await harness.SayAsync("会费怎么交")).Replies).Card!;

        Assert.StartsWith("会员每月按基本工资的百分之零点五交纳会费[1]。", card.Lead, StringComparison.Ordinal);
        var request = Assert.Single(generator.Requests);
        Assert.Equal("zh", request.Language);
        Assert.Equal(card.Citations.Select(c => (c.Number, c.ArticleKey)), request.Articles.Select(a => (a.Number, a.ArticleKey)));
        Assert.Equal("generated", (await harness.Store.GetAnswerAsync(card.AnswerId, CancellationToken.None))!.Mode);
    }

    [Fact]
    public async Task A_declining_generator_leaves_the_extractive_answer()
    {
        var generator = new FakeGenerator(null);
        using var harness = new TurnHarness(index, generator);

        var card = Assert.Single((await harness.SayAsync("会费怎么交")).Replies).Card!;

        Assert.Single(generator.Requests);
        Assert.StartsWith("根据《江河示范能源集团有限公司工会会费与经费管理办法》", card.Lead, StringComparison.Ordinal);
        Assert.Equal("extractive", (await harness.Store.GetAnswerAsync(card.AnswerId, CancellationToken.None))!.Mode);
    }

    [Fact]
    public async Task A_generated_answer_citing_an_article_not_shown_is_dropped()
    {
        var generator = new FakeGenerator(new GeneratedAnswer("编造的内容[9]", [9]));
        using var harness = new TurnHarness(index, generator);

        var card = Assert.Single((await harness.SayAsync("会费怎么交")).Replies).Card!;

        Assert.DoesNotContain("编造", card.Lead, StringComparison.Ordinal);
    }
}

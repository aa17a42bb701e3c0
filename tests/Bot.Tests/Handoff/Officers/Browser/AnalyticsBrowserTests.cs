using System.Globalization;
using System.Text.Json;
using Assistant.Bot.Conversations;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Routing;
using Assistant.Bot.Tests.Channels.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Assistant.Bot.Tests.Handoff.Officers.Browser.OfficerBrowser;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Handoff.Officers.Browser;

/// <summary>
/// The analytics page in Chromium over data made by real turns and real cases of this bot (its own fixture, so its own
/// database): each chart's bars carry the API's numbers, and only the company union gets them.
/// </summary>
[Collection("browser")]
public sealed class AnalyticsBrowserTests(WebChatBrowserFixture fixture) : IClassFixture<WebChatBrowserFixture>
{
    [Fact]
    public async Task The_company_union_sees_charts_with_the_numbers_of_the_questions_and_cases()
    {
        await SeedAsync();

        var (context, officer) = await OfficerAsync(fixture, "huangtao");
        await using var _ = context;
        var errors = new List<string>();
        officer.PageError += (_, error) => errors.Add(error);
        await officer.GetByRole(AriaRole.Link, new() { Name = "数据分析", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Locator("#report")).ToHaveAttributeAsync("data-loaded", "30", new() { Timeout = Wait });

        var report = JsonDocument.Parse(await (await context.APIRequest.GetAsync(fixture.BaseUrl + "/api/officer/analytics?days=30")).TextAsync()).RootElement;
        var answered = report.GetProperty("answered").GetInt32();
        var unanswered = report.GetProperty("unanswered").GetInt32();
        Assert.Equal(3, answered);
        Assert.Equal(4, unanswered);
        Assert.Equal(2, report.GetProperty("casesOpened").GetInt32());
        await Assertions.Expect(officer.Locator("#tiles [data-key=answered] .value")).ToHaveTextAsync("3");
        await Assertions.Expect(officer.Locator("#tiles [data-key=unanswered] .value")).ToHaveTextAsync("4");
        await Assertions.Expect(officer.Locator("#tiles [data-key=casesOpened] .value")).ToHaveTextAsync("2");
        await Assertions.Expect(officer.Locator("#tiles [data-key=averageRating] .value")).ToHaveTextAsync("5");

        var today = DateTimeOffset.UtcNow.ToString("MM-dd", CultureInfo.InvariantCulture);
        await ExpectBarAsync(officer, "chart-days", "answered", today, 3);
        await ExpectBarAsync(officer, "chart-days", "unanswered", today, 4);
        await ExpectBarAsync(officer, "chart-days", "cases", today, 2);
        foreach (var topic in report.GetProperty("questionsPerTopic").EnumerateArray())
        {
            var name = topic.GetProperty("topic").GetString() is { Length: > 0 } text ? text : "（未找到条款）";
            await ExpectBarAsync(officer, "chart-topics", "answered", name, topic.GetProperty("answered").GetInt32());
            await ExpectBarAsync(officer, "chart-topics", "unanswered", name, topic.GetProperty("unanswered").GetInt32());
        }
        await ExpectBarAsync(officer, "chart-topics", "answered", "江河示范能源集团有限公司工会会员福利与困难帮扶办法", 2);
        await Assertions.Expect(officer.Locator("#chart-topics")).ToContainTextAsync("…司工会会员福利与困难帮扶办法");
        await ExpectBarAsync(officer, "chart-outcome", "answered", "已回答", 3);
        await ExpectBarAsync(officer, "chart-outcome", "cases", "转人工（诉求）", 2);
        await Assertions.Expect(officer.Locator("#chart-outcome")).ToContainTextAsync("共 7 个问题，43% 由助手回答。");

        // Per level: the team grid member's case (claimed, still open) and the company union's (resolved and rated).
        var levels = report.GetProperty("perLevel").EnumerateArray().ToList();
        Assert.Equal([0, 2], levels.Select(l => l.GetProperty("level").GetInt32()));
        foreach (var level in levels)
        {
            var name = level.GetProperty("levelName").GetString()!;
            await ExpectBarAsync(officer, "chart-levels", "claim", name, level.GetProperty("medianMinutesToClaim").GetDouble());
            await Assertions.Expect(officer.Locator($"#levels tr[data-level=\"{level.GetProperty("level").GetInt32()}\"]"))
                .ToHaveTextAsync(name + "1" + "0" + "0");
        }
        Assert.Equal(JsonValueKind.Null, levels[0].GetProperty("medianMinutesToResolve").ValueKind);
        await Assertions.Expect(officer.Locator("#chart-levels g.bar[data-series=resolve][data-key=\"班组网格员\"] .bar-label")).ToHaveTextAsync("–");
        await ExpectBarAsync(officer, "chart-levels", "resolve", "公司工会", levels[1].GetProperty("medianMinutesToResolve").GetDouble());

        await ExpectBarAsync(officer, "chart-ratings", "rating", "5 分", 1);
        await ExpectBarAsync(officer, "chart-ratings", "rating", "1 分", 0);
        var top = officer.Locator("#unanswered tr");
        await Assertions.Expect(top).ToHaveCountAsync(2);
        await Assertions.Expect(officer.Locator("#unanswered")).ToContainTextAsync("今天天气怎么样");
        await Assertions.Expect(officer.Locator("#unanswered")).ToContainTextAsync("138****5678");
        Assert.DoesNotContain("13812345678", await officer.Locator("body").InnerTextAsync(), StringComparison.Ordinal);

        if (ScreenshotFolder is { } folder)
            await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "officer-analytics.png"), FullPage = true });

        // Another window is asked for and drawn: the last 7 days hold the same seeded day.
        await officer.Locator("#days").SelectOptionAsync("7");
        await Assertions.Expect(officer.Locator("#report")).ToHaveAttributeAsync("data-loaded", "7", new() { Timeout = Wait });
        await Assertions.Expect(officer.Locator("#chart-days g.bar[data-series=answered]")).ToHaveCountAsync(8);
        await ExpectBarAsync(officer, "chart-days", "answered", today, 3);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_branch_officer_and_a_stranger_get_a_clear_refusal_instead_of_charts()
    {
        var (context, branch) = await OfficerAsync(fixture, "sunwei");
        await using var _ = context;
        await branch.GotoAsync(fixture.BaseUrl + "/officer/analytics");
        await Assertions.Expect(branch.Locator("#notice-text")).ToContainTextAsync("仅向公司工会干部开放", new() { Timeout = Wait });
        await Assertions.Expect(branch.Locator("#notice-text")).ToContainTextAsync("（403）");
        await Assertions.Expect(branch.Locator("#report")).ToBeHiddenAsync();

        await using var strangerContext = await fixture.Browser.NewContextAsync();
        var stranger = await strangerContext.NewPageAsync();
        await stranger.GotoAsync(fixture.BaseUrl + "/officer/analytics");
        await Assertions.Expect(stranger.Locator("#notice-text")).ToHaveTextAsync("请先登录工会干部后台。", new() { Timeout = Wait });
        await Assertions.Expect(stranger.Locator("#notice-link")).ToHaveAttributeAsync("href", "/officer");
    }

    private static async Task ExpectBarAsync(IPage page, string chart, string series, string key, double value)
    {
        var bar = page.Locator($"#{chart} g.bar[data-series=\"{series}\"][data-key=\"{key}\"]");
        await Assertions.Expect(bar).ToHaveCountAsync(1);
        Assert.Equal(value, double.Parse((await bar.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture), 9);
        var shown = (Math.Round(value * 10) / 10).ToString(CultureInfo.InvariantCulture);
        await Assertions.Expect(bar.Locator(".bar-label")).ToHaveTextAsync(shown);
    }

    /// <summary>Questions and cases through the bot's own turn handler and case service, each asker in their own conversation.</summary>
    private async Task SeedAsync()
    {
        var turns = fixture.Services.GetRequiredService<ITurnHandler>();
        var cases = fixture.Services.GetRequiredService<CaseService>();
        var router = fixture.Services.GetRequiredService<CaseRouter>();
        var store = fixture.Services.GetRequiredService<ICaseStore>();
        var asked = 0;
        Task<TurnResult> SayAsync(string conversation, string? text, CardSubmission? submission = null, string? orgUnit = null) =>
            turns.HandleAsync(new IncomingMessage(new ConversationAddress("webchat", conversation), IncomingKind.Message, "u-" + conversation, null,
                text, submission, "zh-CN", DateTimeOffset.UtcNow, "a-" + ++asked, orgUnit), CancellationToken.None);

        foreach (var (conversation, question) in new[]
        {
            ("q1", "困难职工帮扶怎么申请？"), ("q2", "困难职工帮扶需要什么材料？"), ("q3", "会员会费每月交多少？"),
            ("q4", "今天天气怎么样"), ("q5", "今天天气怎么样"), ("q6", "我手机13812345678，今天天气怎么样"), ("q7", "我手机13812345678，今天天气怎么样"),
        })
            await SayAsync(conversation, question);

        async Task<HandoffCase> OpenAsync(string conversation, string? orgUnit)
        {
            await SayAsync(conversation, "转人工", orgUnit: orgUnit);
            await SayAsync(conversation, null, new CardSubmission(CardActions.OpenCase, new Dictionary<string, string> { ["identity"] = "anonymous", ["reason"] = "Requested" }), orgUnit);
            return (await store.ListAsync(new CaseQuery(null, null, 100), CancellationToken.None)).Single(c => c.Address.ConversationId == conversation);
        }
        var team = await OpenAsync("c1", "发电一厂运行一值");
        Assert.Equal(CaseOutcome.Done, (await cases.ClaimAsync(router.Officer("wangli")!, team.Id, CancellationToken.None)).Outcome);
        var company = await OpenAsync("c2", null);
        Assert.Equal(CaseOutcome.Done, (await cases.ClaimAsync(router.Officer("huangtao")!, company.Id, CancellationToken.None)).Outcome);
        Assert.Equal(CaseOutcome.Done, (await cases.ResolveAsync(router.Officer("huangtao")!, company.Id, CancellationToken.None)).Outcome);
        await SayAsync("c2", null, new CardSubmission(CardActions.RateCase, new Dictionary<string, string> { ["caseId"] = company.Id.ToString(CultureInfo.InvariantCulture), ["score"] = "5" }));
    }
}

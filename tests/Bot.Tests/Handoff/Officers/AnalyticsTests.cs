using Assistant.Bot.Storage;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Conversations;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Officers;
using Assistant.Bot.Handoff.Routing;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Bot.Tests.Handoff.Officers;

/// <summary>The analytics API: aggregates only, for the company union.</summary>
public sealed class AnalyticsTests : HandoffAppTest
{
    [Fact]
    public async Task The_company_union_gets_counts_medians_and_ratings_and_no_single_persons_words()
    {
        var store = App.Services.GetRequiredService<SqlConversationStore>();
        var now = DateTimeOffset.UtcNow;
        var address = new ConversationAddress("webchat", "c-a");
        await store.RecordAnswerAsync(new AnswerRecord("a-1", address, "加班费怎么算", ["劳动法#第四十四条"], "extractive", "zh", now), CancellationToken.None);
        foreach (var question in new[] { "食堂几点开门", "食堂几点开门", "我叫张伟电话13812345678能报销吗" })
            await store.RecordUnansweredAsync(new UnansweredQuestion(address, question, "zh", "no-support", [], now), CancellationToken.None);
        var cases = App.Services.GetRequiredService<CaseService>();
        var router = App.Services.GetRequiredService<CaseRouter>();
        var first = await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: false);
        await App.OpenAsync("c-2", SampleGrid.PowerPlantTeam, anonymous: true);
        var claimed = (await cases.ClaimAsync(router.Officer("wangli")!, first.Id, CancellationToken.None)).Case!;
        var resolved = (await cases.ResolveAsync(router.Officer("wangli")!, claimed.Id, CancellationToken.None)).Case!;
        await cases.RateAsync(resolved, 4, CancellationToken.None);

        using var company = await App.SignInAsync("huangtao");
        var json = await company.GetStringAsync("/api/officer/analytics?days=7");
        var report = JsonDocument.Parse(json).RootElement;

        Assert.Equal(1, report.GetProperty("answered").GetInt32());
        Assert.Equal(3, report.GetProperty("unanswered").GetInt32());
        Assert.Equal(2, report.GetProperty("casesOpened").GetInt32());
        var top = Assert.Single(report.GetProperty("topUnanswered").EnumerateArray());
        Assert.Equal(("食堂几点开门", 2), (top.GetProperty("question").GetString(), top.GetProperty("count").GetInt32()));
        Assert.Equal(1, report.GetProperty("ratings").GetProperty("4").GetInt32());
        Assert.True(report.GetProperty("medianMinutesToClaim").GetDouble() >= 0);
        Assert.DoesNotContain("张伟", json, StringComparison.Ordinal);
        Assert.DoesNotContain("c-1", json, StringComparison.Ordinal);

        using var branch = await App.SignInAsync("wangli");
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync("/api/officer/analytics")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await company.GetAsync("/api/officer/analytics?days=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await company.GetAsync("/api/officer/analytics?days=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Anonymous().GetAsync("/api/officer/analytics")).StatusCode);
    }

    [Fact]
    public async Task Topics_days_and_per_level_times_count_each_question_once_and_each_case_at_its_level()
    {
        await WithAppOnAFakeClockAsync(async (app, time) =>
        {
            var store = app.Services.GetRequiredService<SqlConversationStore>();
            var start = time.GetUtcNow();
            var address = new ConversationAddress("webchat", "c-q");
            await store.RecordAnswerAsync(new AnswerRecord("a-1", address, "加班费怎么算", ["劳动法#第四十四条"], "extractive", "zh", start), CancellationToken.None);
            // An unsupported question has an answer row too (what the bot said) and is unanswered: counted once.
            await store.RecordAnswerAsync(new AnswerRecord("a-2", address, "食堂几点开门", [], AnswerRecord.UnsupportedMode, "zh", start), CancellationToken.None);
            await store.RecordUnansweredAsync(new UnansweredQuestion(address, "食堂几点开门", "zh", "not-covered", ["会员管理办法#第三条"], start), CancellationToken.None);
            var cases = app.Services.GetRequiredService<CaseService>();
            var router = app.Services.GetRequiredService<CaseRouter>();
            var team = await app.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: true);
            var company = await app.OpenAsync("c-2", orgUnit: null, anonymous: true);
            time.Advance(TimeSpan.FromMinutes(30));
            await cases.ClaimAsync(router.Officer("wangli")!, team.Id, CancellationToken.None);
            time.Advance(TimeSpan.FromMinutes(30));
            await cases.ClaimAsync(router.Officer("huangtao")!, company.Id, CancellationToken.None);
            time.Advance(TimeSpan.FromMinutes(60));
            await cases.ResolveAsync(router.Officer("wangli")!, team.Id, CancellationToken.None);

            var report = await app.Services.GetRequiredService<CaseAnalytics>().ReportAsync(start.AddDays(-1), time.GetUtcNow().AddSeconds(1), CancellationToken.None);

            Assert.Equal((1, 1, 2), (report.Answered, report.Unanswered, report.CasesOpened));
            Assert.Equal([new DailyCount(start.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 1, 1, 2)], report.QuestionsPerDay);
            Assert.Equal([new TopicCount("会员管理办法", 0, 1), new TopicCount("劳动法", 1, 0)], report.QuestionsPerTopic);
            Assert.Equal(
                [new LevelTimes(0, "班组网格员", 1, 30, 120, 0, 0), new LevelTimes(2, "公司工会", 1, 60, null, 0, 0)],
                report.PerLevel);
            Assert.Equal(45, report.MedianMinutesToClaim);
        });
    }

    [Fact]
    public async Task A_missed_deadline_counts_at_the_level_that_missed_it_and_the_claim_at_the_level_that_made_it()
    {
        await WithAppOnAFakeClockAsync(async (app, time) =>
        {
            var cases = app.Services.GetRequiredService<CaseService>();
            var router = app.Services.GetRequiredService<CaseRouter>();
            var store = app.Services.GetRequiredService<ICaseStore>();
            var start = time.GetUtcNow();
            var escalated = await app.OpenAsync("c-late", SampleGrid.PowerPlantTeam, anonymous: true);
            var quick = await app.OpenAsync("c-quick", SampleGrid.PowerPlantTeam, anonymous: true);
            time.Advance(TimeSpan.FromMinutes(10));
            await cases.ClaimAsync(router.Officer("wangli")!, quick.Id, CancellationToken.None);
            // The grid member's 60 minutes pass: the case moves to the branch union, which claims it half an hour later.
            time.Advance(TimeSpan.FromMinutes(50));
            await app.Services.GetRequiredService<EscalationService>().TickAsync(CancellationToken.None);
            Assert.Equal(1, (await store.GetAsync(escalated.Id, CancellationToken.None))!.Level);
            time.Advance(TimeSpan.FromMinutes(30));
            Assert.Equal(CaseOutcome.Done, (await cases.ClaimAsync(router.Officer("sunwei")!, escalated.Id, CancellationToken.None)).Outcome);
            time.Advance(TimeSpan.FromMinutes(60));
            await cases.ResolveAsync(router.Officer("sunwei")!, escalated.Id, CancellationToken.None);

            var report = await app.Services.GetRequiredService<CaseAnalytics>().ReportAsync(start.AddDays(-1), time.GetUtcNow().AddSeconds(1), CancellationToken.None);

            Assert.Equal(
                [new LevelTimes(0, "班组网格员", 2, 10, null, 1, 0), new LevelTimes(1, "分工会", 1, 90, 150, 0, 0)],
                report.PerLevel);
            Assert.Equal(1, report.Escalations);
        });
    }

    /// <summary>Runs <paramref name="test"/> against a bot of its own whose clock only moves when told.</summary>
    private static async Task WithAppOnAFakeClockAsync(Func<HandoffApp, FakeTimeProvider, Task> test)
    {
        using var folder = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using (var app = new HandoffApp(folder.Combine("assistant.db"), time))
            await test(app, time);
    }
}

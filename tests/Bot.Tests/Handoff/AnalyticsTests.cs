using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Conversations;
using Assistant.Bot.Handoff;
using Assistant.Bot.Tests.Handoff.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Handoff;

/// <summary>The analytics API: aggregates only, for the company union.</summary>
public sealed class AnalyticsTests : HandoffAppTest
{
    [Fact]
    public async Task The_company_union_gets_counts_medians_and_ratings_and_no_single_persons_words()
    {
        var store = App.Services.GetRequiredService<IConversationStore>();
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
}

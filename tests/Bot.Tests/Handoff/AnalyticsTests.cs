using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Conversations;
using Assistant.Bot.Handoff;
using Assistant.Bot.Tests.Handoff.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Handoff;

/// <summary>The analytics API: aggregates only, for the company union.</summary>
public sealed class AnalyticsTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assistant-bot-tests", Guid.NewGuid().ToString("N"));
    private HandoffApp _app = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = new HandoffApp(Path.Combine(_folder, "assistant.db"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task The_company_union_gets_counts_medians_and_ratings_and_no_single_persons_words()
    {
        var store = _app.Services.GetRequiredService<IConversationStore>();
        var now = DateTimeOffset.UtcNow;
        var address = new ConversationAddress("webchat", "c-a");
        await store.RecordAnswerAsync(new AnswerRecord("a-1", address, "加班费怎么算", ["劳动法#第四十四条"], "extractive", "zh", now), CancellationToken.None);
        foreach (var question in new[] { "食堂几点开门", "食堂几点开门", "我叫张伟电话13812345678能报销吗" })
            await store.RecordUnansweredAsync(new UnansweredQuestion(address, question, "zh", "no-support", [], now), CancellationToken.None);
        var cases = _app.Services.GetRequiredService<CaseService>();
        var router = _app.Services.GetRequiredService<CaseRouter>();
        var first = await _app.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: false);
        await _app.OpenAsync("c-2", SampleGrid.PowerPlantTeam, anonymous: true);
        var claimed = (await cases.ClaimAsync(router.Officer("wangli")!, first.Id, CancellationToken.None)).Case!;
        var resolved = (await cases.ResolveAsync(router.Officer("wangli")!, claimed.Id, CancellationToken.None)).Case!;
        await cases.RateAsync(resolved, 4, CancellationToken.None);

        using var company = await _app.SignInAsync("huangtao");
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

        using var branch = await _app.SignInAsync("wangli");
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync("/api/officer/analytics")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await company.GetAsync("/api/officer/analytics?days=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await company.GetAsync("/api/officer/analytics?days=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Anonymous().GetAsync("/api/officer/analytics")).StatusCode);
    }
}

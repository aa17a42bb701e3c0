using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Handoff;

/// <summary>
/// A restart mid-case loses nothing: a new host on the same data file has the case, its transcript and the relay, and
/// officers stay signed in.
/// </summary>
public sealed class RestartTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>, IDisposable
{
    // One per test: both hosts of a test run on it.
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_new_host_on_the_same_data_continues_the_case()
    {
        var database = _folder.Combine("assistant.db");
        long caseId;
        await using (var before = new HandoffApp(database))
        {
            caseId = (await before.OpenAsync("c-restart", SampleGrid.PowerPlantTeam, anonymous: false, question: "加班费怎么算")).Id;
            using var officer = await before.SignInAsync("wangli");
            Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/officer/cases/{caseId}/claim", null)).StatusCode);
            Assert.Empty((await before.EmployeeSaysAsync("c-restart", "上个月加班了三十小时")).Replies);
        }

        await using var after = new HandoffApp(database);
        Assert.Empty((await after.EmployeeSaysAsync("c-restart", "有打卡记录")).Replies);
        using var again = await after.SignInAsync("wangli");
        Assert.Equal(HttpStatusCode.OK, (await again.PostAsJsonAsync($"/api/officer/cases/{caseId}/messages", new { text = "记录请保存好。" })).StatusCode);
        await after.DispatchAsync();

        var detail = await again.GetFromJsonAsync<JsonElement>($"/api/officer/cases/{caseId}");
        Assert.Equal("active", detail.GetProperty("case").GetProperty("status").GetString());
        Assert.Equal(
            ["加班费怎么算", "上个月加班了三十小时", "有打卡记录", "记录请保存好。"],
            detail.GetProperty("transcript").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.Contains(after.Messenger.Sent, s => s.Reply.Text == "王丽：记录请保存好。");
    }

    [Fact]
    public async Task An_officer_cookie_issued_before_a_restart_still_works_after_it()
    {
        var database = _folder.Combine("assistant.db");
        string cookie;
        await using (var before = await BotProcess.StartAsync(Settings(database, "home-before"), TimeSpan.FromSeconds(90)))
        {
            using var http = before.Client();
            cookie = await OfficerCookie.SignInAsync(http, "wangli");
            Assert.Equal((HttpStatusCode.OK, "wangli"), await OfficerCookie.MeAsync(http, cookie));
        }

        // Another home: the key must come from the data file, not from the framework's default folder under ~/.aspnet.
        await using var after = await BotProcess.StartAsync(Settings(database, "home-after"), TimeSpan.FromSeconds(90));
        using var again = after.Client();
        Assert.Equal((HttpStatusCode.OK, "wangli"), await OfficerCookie.MeAsync(again, cookie));
        Assert.Equal((HttpStatusCode.Unauthorized, (string?)null), await OfficerCookie.MeAsync(again, cookie + "x"));
    }

    private Dictionary<string, string?> Settings(string database, string home)
    {
        Directory.CreateDirectory(_folder.Combine(home));
        return new()
        {
            ["Storage:ConnectionString"] = "Data Source=" + database,
            ["Knowledge:IndexPath"] = Path.Combine(index.Folder, "index"),
            // BotProcess passes settings as environment variables: this one moves the default key folder.
            ["HOME"] = _folder.Combine(home),
        };
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Assistant.Bot.Handoff;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Tests.Handoff.Support;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Officers;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Handoff.Officers;

/// <summary>The officer case list through the real host: pages newest activity first, the next-page cursor, the branch inside the query, bad parameters.</summary>
public sealed class OfficerCaseListTests : HandoffAppTest
{
    private const string RepairTeam = "检修公司电气班";

    [Fact]
    public async Task Pages_list_the_newest_activity_first_and_the_cursor_continues_without_gaps_or_repeats()
    {
        var opened = new List<HandoffCase>();
        for (var i = 1; i <= 5; i++)
            opened.Add(await App.OpenAsync("c-" + i, SampleGrid.PowerPlantTeam, anonymous: true));
        using var officer = await App.SignInAsync("wangli");
        // Claiming the second case is its latest activity: it moves to the top.
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/officer/cases/{opened[1].Id}/claim", null)).StatusCode);

        var (first, next) = await PageAsync(officer, "/api/officer/cases?limit=2");
        var (second, afterSecond) = await PageAsync(officer, "/api/officer/cases?limit=2&before=" + Uri.EscapeDataString(next!));
        var (third, end) = await PageAsync(officer, "/api/officer/cases?limit=2&before=" + Uri.EscapeDataString(afterSecond!));

        Assert.Equal(new[] { opened[1].Id, opened[4].Id }, first);
        Assert.Equal(new[] { opened[3].Id, opened[2].Id }, second);
        Assert.Equal(new[] { opened[0].Id }, third);
        Assert.Null(end);
        var store = App.Services.GetRequiredService<ICaseStore>();
        foreach (var listed in opened)
            Assert.Single(await store.GetAuditAsync(listed.Id, CancellationToken.None), e => (e.Actor, e.Action) == ("officer:wangli", CaseActions.Listed));
    }

    [Fact]
    public async Task Without_a_limit_a_page_holds_the_default_number_of_cases()
    {
        for (var i = 0; i < OfficerEndpoints.DefaultPageSize + 1; i++)
            await App.OpenAsync("c-" + i, SampleGrid.PowerPlantTeam, anonymous: true);
        using var officer = await App.SignInAsync("wangli");

        var (first, next) = await PageAsync(officer, "/api/officer/cases");
        var (rest, end) = await PageAsync(officer, "/api/officer/cases?before=" + Uri.EscapeDataString(next!));

        Assert.Equal(OfficerEndpoints.DefaultPageSize, first.Count);
        Assert.Single(rest);
        Assert.Null(end);
    }

    [Fact]
    public async Task Pages_hold_only_the_officers_branch_and_are_full_however_the_branches_interleave()
    {
        var repair = new List<long>();
        var plant = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            plant.Add((await App.OpenAsync("plant-" + i, SampleGrid.PowerPlantTeam, anonymous: true)).Id);
            repair.Add((await App.OpenAsync("repair-" + i, RepairTeam, anonymous: true)).Id);
        }
        using var repairOfficer = await App.SignInAsync("liuyang");
        using var company = await App.SignInAsync("huangtao");
        Assert.Equal(HttpStatusCode.OK, (await repairOfficer.PostAsync($"/api/officer/cases/{repair[2]}/claim", null)).StatusCode);

        var pages = await AllPagesAsync(repairOfficer, "/api/officer/cases?limit=4");
        var assigned = await AllPagesAsync(repairOfficer, "/api/officer/cases?limit=4&status=assigned");
        var queued = await AllPagesAsync(repairOfficer, "/api/officer/cases?limit=4&status=queued");
        var everything = await AllPagesAsync(company, "/api/officer/cases?limit=5");

        Assert.Equal([4, 2], pages.Select(p => p.Count));
        Assert.Equal(repair.Order(), pages.SelectMany(p => p).Order());
        Assert.Equal([repair[2]], assigned.SelectMany(p => p));
        Assert.Equal(repair.Where(id => id != repair[2]).OrderDescending(), queued.SelectMany(p => p));
        Assert.Equal([5, 5, 2], everything.Select(p => p.Count));
        Assert.Equal(plant.Concat(repair).Order(), everything.SelectMany(p => p).Order());
        var audit = await App.Services.GetRequiredService<ICaseStore>().GetAuditAsync(plant[0], CancellationToken.None);
        Assert.DoesNotContain(audit, e => e.Actor == "officer:liuyang");
    }

    [Theory]
    [InlineData("status=bogus", "status")]
    [InlineData("status=1", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=2.5", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=", "limit")]
    [InlineData("before=not-a-token", "before")]
    [InlineData("before=", "before")]
    [InlineData("before=MTIzLmFiYw", "before")]
    [InlineData("before=LTEuNQ", "before")]
    public async Task A_bad_list_parameter_gets_400_with_the_reason_and_changes_nothing(string query, string named)
    {
        await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: true);
        using var officer = await App.SignInAsync("wangli");
        await App.DispatchAsync();
        var before = DatabaseSnapshot.Take(App.DatabasePath);

        var response = await officer.GetAsync("/api/officer/cases?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(named + " must", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, DatabaseSnapshot.Take(App.DatabasePath));
    }

    [Fact]
    public async Task A_cursor_past_the_oldest_case_gives_an_empty_last_page()
    {
        await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: true);
        using var officer = await App.SignInAsync("wangli");
        var oldest = new CaseCursor(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), 1).ToToken();

        var (cases, next) = await PageAsync(officer, "/api/officer/cases?before=" + Uri.EscapeDataString(oldest));

        Assert.Empty(cases);
        Assert.Null(next);
    }

    [Theory]
    [InlineData(null, null, false, "handoff_case_activity")]
    [InlineData(CaseStatus.Queued, null, false, "handoff_case_status_activity")]
    [InlineData(null, SampleGrid.PowerPlantBranch, false, "handoff_case_branch_activity")]
    [InlineData(CaseStatus.Queued, SampleGrid.PowerPlantBranch, false, "handoff_case_branch_status_activity")]
    [InlineData(null, null, true, "handoff_case_activity")]
    [InlineData(CaseStatus.Closed, null, true, "handoff_case_status_activity")]
    [InlineData(null, SampleGrid.PowerPlantBranch, true, "handoff_case_branch_activity")]
    [InlineData(CaseStatus.Active, SampleGrid.PowerPlantBranch, true, "handoff_case_branch_status_activity")]
    public async Task Every_filter_shape_walks_its_own_index_in_order_and_never_sorts(CaseStatus? status, string? branch, bool cursor, string index)
    {
        await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: true);
        var query = new CaseQuery(status, branch, 51, cursor ? new CaseCursor(DateTimeOffset.UtcNow, 10) : null);
        using var connection = new SqliteConnection("Data Source=" + App.DatabasePath);

        var plan = string.Join("\n", connection.Query<(long Id, long Parent, long Unused, string Detail)>(
            "EXPLAIN QUERY PLAN " + SqlCaseStore.ListSql(query),
            new { status = status?.ToString().ToLowerInvariant(), branch, beforeAt = "2026-11-24", beforeFloor = "2026-11-24", beforeId = 10, limit = 51 }).Select(row => row.Detail));

        Assert.Matches($@"USING INDEX {index}(\s|$)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    private static async Task<(List<long> Ids, string? Next)> PageAsync(HttpClient client, string url)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(url);
        var ids = page.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToList();
        return (ids, page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString());
    }

    private static async Task<List<List<long>>> AllPagesAsync(HttpClient client, string url)
    {
        var pages = new List<List<long>>();
        string? next = null;
        do
        {
            var (ids, following) = await PageAsync(client, next is null ? url : url + "&before=" + Uri.EscapeDataString(next));
            pages.Add(ids);
            next = following;
        }
        while (next is not null && pages.Count < 20);
        return pages;
    }

    /// <summary>The token of a cursor is opaque to clients, but a tampered one must not parse.</summary>
    [Theory]
    [InlineData("123.abc")]
    [InlineData("-1.5")]
    [InlineData("5")]
    [InlineData("99999999999999999999.1")]
    [InlineData("638000000000000000.0")]
    public void A_token_the_api_did_not_issue_is_refused(string inside)
    {
        var token = Convert.ToBase64String(Encoding.ASCII.GetBytes(inside)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Null(CaseCursor.Parse(token));
        Assert.Equal(new CaseCursor(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), 42),
            CaseCursor.Parse(new CaseCursor(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), 42).ToToken()));
    }
}

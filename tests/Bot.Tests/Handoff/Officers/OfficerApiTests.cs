using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Tests.Handoff.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Handoff.Officers;

/// <summary>The officer API through the real host: sign-in, grid isolation, the claim race, bad input, audit, masking.</summary>
public sealed class OfficerApiTests : HandoffAppTest
{
    [Fact]
    public async Task Without_sign_in_every_officer_endpoint_answers_401()
    {
        var opened = await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: false);
        using var client = App.Anonymous();
        await App.DispatchAsync();
        var before = DatabaseSnapshot.Take(App.DatabasePath);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/officer/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/officer/cases/{opened.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync($"/api/officer/cases/{opened.Id}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync($"/api/officer/cases/{opened.Id}/messages", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync($"/api/officer/cases/{opened.Id}/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync($"/api/officer/cases/{opened.Id}/transfer", new { level = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/officer/login", new { id = "wangli", password = "wrong" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/officer/login", new { id = "nobody", password = SampleGrid.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/officer/login", new StringContent("{not json", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(before, DatabaseSnapshot.Take(App.DatabasePath));
    }

    [Fact]
    public async Task Repeated_sign_in_attempts_are_throttled()
    {
        using var client = App.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 22; attempt++)
            statuses.Add((await client.PostAsJsonAsync("/officer/login", new { id = "wangli", password = "guess" + attempt })).StatusCode);

        Assert.All(statuses.Take(18), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task An_officer_of_another_branch_gets_403_and_does_not_see_the_case_in_the_list()
    {
        var opened = await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: false);
        using var other = await App.SignInAsync("liuyang");
        await App.DispatchAsync();
        var before = DatabaseSnapshot.Take(App.DatabasePath);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/officer/cases/{opened.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/officer/cases/{opened.Id}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/officer/cases/{opened.Id}/messages", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/officer/cases/{opened.Id}/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/officer/cases/{opened.Id}/transfer", new { level = 1 })).StatusCode);
        Assert.Equal(before, DatabaseSnapshot.Take(App.DatabasePath));
        var listed = await other.GetFromJsonAsync<JsonElement>("/api/officer/cases");
        Assert.Equal(0, listed.GetProperty("cases").GetArrayLength());

        using var company = await App.SignInAsync("huangtao");
        Assert.Equal(HttpStatusCode.OK, (await company.GetAsync($"/api/officer/cases/{opened.Id}")).StatusCode);
    }

    [Fact]
    public async Task Of_two_officers_claiming_at_once_exactly_one_wins()
    {
        var opened = await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: false);
        using var first = await App.SignInAsync("wangli");
        using var second = await App.SignInAsync("sunwei");

        var responses = await Task.WhenAll(
            first.PostAsync($"/api/officer/cases/{opened.Id}/claim", null),
            second.PostAsync($"/api/officer/cases/{opened.Id}/claim", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var audit = await App.Services.GetRequiredService<ICaseStore>().GetAuditAsync(opened.Id, CancellationToken.None);
        Assert.Single(audit, e => e.Action == CaseActions.Claimed);
    }

    [Fact]
    public async Task Bad_input_to_every_endpoint_gets_a_4xx_and_changes_nothing()
    {
        var opened = await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: false);
        using var owner = await App.SignInAsync("wangli");
        using var branch = await App.SignInAsync("sunwei");
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/officer/cases/{opened.Id}/claim", null)).StatusCode);
        await App.DispatchAsync();
        var before = DatabaseSnapshot.Take(App.DatabasePath);
        var url = $"/api/officer/cases/{opened.Id}";

        Assert.Equal(HttpStatusCode.BadRequest, (await owner.GetAsync("/api/officer/cases?status=bogus")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsync(url + "/messages", new StringContent("{\"text\":", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsync(url + "/messages", new StringContent("text=hi", Encoding.UTF8, "text/plain"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsJsonAsync(url + "/messages", new { text = "  " })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsJsonAsync(url + "/messages", new { text = new string('长', 4001) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsJsonAsync(url + "/messages", new { text = 42 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsJsonAsync(url + "/transfer", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsJsonAsync(url + "/transfer", new { level = 9 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsJsonAsync(url + "/transfer", new { branch = "不存在的分工会" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/api/officer/cases/999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/api/officer/cases/abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsync("/api/officer/cases/999/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsJsonAsync("/api/officer/cases/999/messages", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsync("/api/officer/cases/999/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsJsonAsync("/api/officer/cases/999/transfer", new { level = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await owner.PostAsync(url + "/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.PostAsJsonAsync(url + "/messages", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.PostAsync(url + "/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.PostAsJsonAsync(url + "/transfer", new { level = 2 })).StatusCode);

        Assert.Equal(before, DatabaseSnapshot.Take(App.DatabasePath));
    }

    [Fact]
    public async Task An_anonymous_employee_is_never_named_in_what_officers_see_and_every_read_is_audited()
    {
        var opened = await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: true, question: "我叫张伟，电话13812345678，被辞退了");
        using var owner = await App.SignInAsync("wangli");
        using var branch = await App.SignInAsync("sunwei");
        await owner.PostAsync($"/api/officer/cases/{opened.Id}/claim", null);

        var list = await owner.GetStringAsync("/api/officer/cases");
        var detail = await owner.GetStringAsync($"/api/officer/cases/{opened.Id}");
        var other = await branch.GetStringAsync($"/api/officer/cases/{opened.Id}");

        foreach (var json in new[] { list, detail, other })
        {
            Assert.DoesNotContain("user-8842", json, StringComparison.Ordinal);
            Assert.Matches("匿名职工 #\\d{4}", json);
            Assert.DoesNotContain("employeeId", json, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("13812345678", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", other, StringComparison.Ordinal);
        Assert.Contains("138****5678", other, StringComparison.Ordinal);
        var audit = await App.Services.GetRequiredService<ICaseStore>().GetAuditAsync(opened.Id, CancellationToken.None);
        Assert.Contains(audit, e => (e.Actor, e.Action) == ("officer:wangli", CaseActions.Read));
        Assert.Contains(audit, e => (e.Actor, e.Action) == ("officer:sunwei", CaseActions.Read));
        Assert.Contains(audit, e => (e.Actor, e.Action) == ("officer:wangli", CaseActions.Listed));
        Assert.Contains(audit, e => (e.Actor, e.Action) == ("officer:wangli", CaseActions.Claimed));
    }

    [Fact]
    public async Task Transfer_moves_the_case_unclaimed_to_the_level_asked_and_tells_it()
    {
        var opened = await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: false);
        using var owner = await App.SignInAsync("wangli");
        await owner.PostAsync($"/api/officer/cases/{opened.Id}/claim", null);

        var response = await owner.PostAsJsonAsync($"/api/officer/cases/{opened.Id}/transfer", new { level = 2 });
        await App.DispatchAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("queued", 2), (moved.GetProperty("status").GetString(), moved.GetProperty("level").GetInt32()));
        Assert.Contains(App.Notifier.Notices, n => n.Event == CaseActions.Transferred && n.OfficerIds.SequenceEqual(["huangtao"]));
    }
}

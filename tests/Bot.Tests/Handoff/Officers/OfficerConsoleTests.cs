using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Tests.Handoff.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Handoff.Officers;

/// <summary>
/// The officer console's pages, served as self-contained pages that only talk to the officer API, and what the API
/// gives them: a case page that can be followed cheaply with If-None-Match, and who may open the analytics.
/// </summary>
public sealed class OfficerConsoleTests : HandoffAppTest
{
    [Theory]
    [InlineData("/officer", "/api/officer/cases")]
    [InlineData("/officer/analytics", "/api/officer/analytics")]
    public async Task Each_console_page_is_served_with_a_strict_content_security_policy_and_uses_the_api(string address, string api)
    {
        using var client = App.Anonymous();

        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'sha256-", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(api, html, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_followed_case_answers_304_while_nothing_changed_without_an_audited_read_and_200_once_the_employee_writes()
    {
        var opened = await App.OpenAsync("c-1", SampleGrid.PowerPlantTeam, anonymous: true, question: "加班费怎么算");
        using var officer = await App.SignInAsync("wangli");
        var address = $"/api/officer/cases/{opened.Id}";

        var first = await officer.GetAsync(address);
        var etag = first.Headers.ETag!;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var unchanged = await GetAsync(officer, address, etag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await ReadsAsync(opened.Id));

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"{address}/claim", null)).StatusCode);
        var claimed = await GetAsync(officer, address, etag);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.NotEqual(etag, claimed.Headers.ETag);
        etag = claimed.Headers.ETag!;
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(officer, address, etag)).StatusCode);

        await App.EmployeeSaysAsync("c-1", "还在吗？我手机13812345678");
        var written = await GetAsync(officer, address, etag);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Contains("还在吗？我手机13812345678", await written.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The same version seen by an officer who does not own the case is masked, so it is another representation.
        using var branch = await App.SignInAsync("sunwei");
        var masked = await GetAsync(branch, address, written.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, masked.StatusCode);
        Assert.Contains("138****5678", await masked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another branch learns nothing from a guessed tag: 403 as always.
        using var stranger = await App.SignInAsync("liuyang");
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(stranger, address, written.Headers.ETag!)).StatusCode);
    }

    [Theory]
    [InlineData("huangtao", true)]
    [InlineData("sunwei", false)]
    [InlineData("wangli", false)]
    public async Task Only_company_union_officers_are_offered_the_analytics(string officerId, bool offered)
    {
        using var officer = await App.SignInAsync(officerId);

        var profile = JsonDocument.Parse(await officer.GetStringAsync("/api/officer/me")).RootElement;
        var analytics = await officer.GetAsync("/api/officer/analytics");

        Assert.Equal(offered, profile.GetProperty("analytics").GetBoolean());
        Assert.Equal(offered ? HttpStatusCode.OK : HttpStatusCode.Forbidden, analytics.StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string address, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }

    private async Task<int> ReadsAsync(long caseId) =>
        (await App.Services.GetRequiredService<ICaseStore>().GetAuditAsync(caseId, CancellationToken.None)).Count(e => e.Action == CaseActions.Read);
}

using Assistant.Bot.Handoff.Officers;
using Assistant.Bot.Tests.Channels.DirectLine;
using Assistant.Bot.Tests.Handoff.Support;
using Microsoft.Playwright;
using static Assistant.Bot.Tests.Handoff.Officers.Browser.OfficerBrowser;

namespace Assistant.Bot.Tests.Handoff.Officers.Browser;

/// <summary>
/// A whole handoff through the real clients in Chromium: the employee in the bot's Web Chat page, the officer in the
/// console (a second browser context), each seeing the other's words without reloading; the list a page at a time.
/// </summary>
[Collection("browser")]
public sealed class OfficerConsoleBrowserTests(WebChatBrowserFixture fixture) : IClassFixture<WebChatBrowserFixture>
{
    [Fact]
    public async Task An_anonymous_case_goes_from_Web_Chat_to_the_console_and_back_until_it_is_rated()
    {
        var (employeeContext, employee) = await EmployeeAsync(fixture, "Li Ming");
        await using var _ = employeeContext;
        var caseId = await OpenCaseAsync(employee, anonymous: true, question: "困难职工帮扶怎么申请？");

        var (officerContext, officer) = await OfficerAsync(fixture, "huangtao");
        await using var __ = officerContext;
        var errors = new List<string>();
        officer.PageError += (_, error) => errors.Add(error);
        var row = officer.Locator($"tr.case[data-case-id=\"{caseId}\"]");
        await Assertions.Expect(row).ToContainTextAsync("匿名职工 #", new() { Timeout = Wait });
        await row.ClickAsync();
        var detail = officer.Locator("#detail");
        await Assertions.Expect(officer.Locator("#detail-title")).ToHaveTextAsync($"诉求 #{caseId} · 待认领");
        await Assertions.Expect(officer.Locator("#detail-employee")).ToContainTextAsync("匿名职工 #");
        await Assertions.Expect(officer.Locator("#detail-employee .badge.anonymous")).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator("#detail-summary")).Not.ToBeEmptyAsync();
        await Assertions.Expect(officer.Locator("#detail-articles")).ToContainTextAsync("第十九条");
        await Assertions.Expect(officer.Locator("#detail-articles")).Not.ToContainTextAsync("#");
        // An article opens in place with its whole text.
        var article = officer.Locator("#detail-articles details").First;
        await article.Locator("summary").ClickAsync();
        await Assertions.Expect(article.Locator(".article-text")).ToBeVisibleAsync();
        await Assertions.Expect(article.Locator(".article-text")).Not.ToBeEmptyAsync();
        // Marks this page: were it reloaded, the mark would be gone.
        await officer.EvaluateAsync("() => { window.sameDocument = true; }");

        await officer.GetByRole(AriaRole.Button, new() { Name = "认领", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Locator("#detail-title")).ToHaveTextAsync($"诉求 #{caseId} · 已认领");
        await Assertions.Expect(Transcript(employee)).ToContainTextAsync($"已接手你的诉求 #{caseId}", new() { Timeout = Wait });

        await officer.Locator("#message").FillAsync("您好，我是公司工会的黄涛。请说说具体情况。");
        await officer.GetByRole(AriaRole.Button, new() { Name = "发送", Exact = true }).ClickAsync();
        await Assertions.Expect(Transcript(employee)).ToContainTextAsync("请说说具体情况", new() { Timeout = Wait });
        await Assertions.Expect(officer.Locator("#message")).ToBeEmptyAsync();

        await WebChatBrowserTests.SendAsync(employee, "公司已经两个月没发加班费了。");
        var transcript = officer.Locator("#transcript");
        await Assertions.Expect(transcript).ToContainTextAsync("公司已经两个月没发加班费了。", new() { Timeout = Wait });
        await Assertions.Expect(transcript.Locator(".line.employee").Last).ToContainTextAsync("匿名职工 #");

        await officer.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();
        await Assertions.Expect(Transcript(employee)).ToContainTextAsync($"诉求 #{caseId} 已办结", new() { Timeout = Wait });
        await employee.GetByRole(AriaRole.Button, new() { Name = "4", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(Transcript(employee)).ToContainTextAsync($"感谢你对诉求 #{caseId} 的评价", new() { Timeout = Wait });

        // Rated by the employee, followed by the console without a reload.
        await Assertions.Expect(detail).ToHaveAttributeAsync("data-status", "closed", new() { Timeout = Wait });
        await Assertions.Expect(officer.Locator("#detail-title")).ToHaveTextAsync($"诉求 #{caseId} · 已结束");
        await Assertions.Expect(officer.Locator("#detail-rating")).ToHaveTextAsync("评分：4 / 5");
        await Assertions.Expect(row.Locator("[data-status]")).ToHaveTextAsync("已结束");
        Assert.True(await officer.EvaluateAsync<bool>("() => window.sameDocument === true"));
        Assert.DoesNotContain("Li Ming", await officer.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        if (ScreenshotFolder is { } folder)
            await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "officer-console.png"), FullPage = true });

        // The session ends under the open page (expiry, or signed out elsewhere): the next look shows the login form.
        await officerContext.ClearCookiesAsync();
        await Assertions.Expect(officer.Locator("#login")).ToBeVisibleAsync(new() { Timeout = Wait });
        await Assertions.Expect(officer.Locator("#login-error")).ToHaveTextAsync("登录已过期，请重新登录。");
        await Assertions.Expect(officer.Locator("#console")).ToBeHiddenAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_officer_of_another_branch_sees_the_case_neither_in_the_list_nor_by_its_address()
    {
        var (employeeContext, employee) = await EmployeeAsync(fixture, "Zhang San");
        await using var _ = employeeContext;
        var caseId = await OpenCaseAsync(employee, anonymous: false);

        // The company union sees it, by name since the employee chose to leave it.
        var (companyContext, company) = await OfficerAsync(fixture, "huangtao");
        await using var __ = companyContext;
        await Assertions.Expect(company.Locator($"tr.case[data-case-id=\"{caseId}\"]")).ToContainTextAsync("Zhang San", new() { Timeout = Wait });

        // A team grid member of 发电一厂 (the case belongs to 公司工会): not listed, and its address answers 403.
        var (branchContext, branch) = await OfficerAsync(fixture, "wangli");
        await using var ___ = branchContext;
        await Assertions.Expect(branch.Locator("#who")).ToContainTextAsync("王丽");
        await Assertions.Expect(branch.Locator("#analytics-link")).ToBeHiddenAsync();
        await Assertions.Expect(branch.Locator($"tr.case[data-case-id=\"{caseId}\"]")).ToHaveCountAsync(0);
        var linked = await branchContext.NewPageAsync();
        await linked.GotoAsync($"{fixture.BaseUrl}/officer#case-{caseId}");
        await Assertions.Expect(linked.Locator("#denied")).ToHaveTextAsync("无权查看或处理此诉求：它不属于您负责的分工会。（403）", new() { Timeout = Wait });
        await Assertions.Expect(linked.Locator("#detail")).ToBeHiddenAsync();
        Assert.DoesNotContain("Zhang San", await linked.Locator("body").InnerTextAsync(), StringComparison.Ordinal);

        await linked.GetByRole(AriaRole.Button, new() { Name = "退出", Exact = true }).ClickAsync();
        await linked.WaitForURLAsync($"{fixture.BaseUrl}/officer", new() { Timeout = Wait });
        await Assertions.Expect(linked.Locator("#login")).ToBeVisibleAsync(new() { Timeout = Wait });
        await Assertions.Expect(linked.Locator("#console")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_console_lists_one_page_and_more_appends_the_next_until_the_last()
    {
        for (var i = 0; i <= OfficerEndpoints.DefaultPageSize; i++)
            await HandoffApp.OpenAsync(fixture.Services, "console-" + i, SampleGrid.PowerPlantTeam, anonymous: true);
        var (context, page) = await OfficerAsync(fixture, "wangli");
        await using var _ = context;
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        var rows = page.Locator("#cases tr.case");
        var more = page.GetByRole(AriaRole.Button, new() { Name = "更多", Exact = true });
        await Assertions.Expect(rows).ToHaveCountAsync(OfficerEndpoints.DefaultPageSize, new() { Timeout = Wait });
        await Assertions.Expect(more).ToBeVisibleAsync();
        await more.ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(OfficerEndpoints.DefaultPageSize + 1, new() { Timeout = Wait });
        await Assertions.Expect(more).ToBeHiddenAsync();
        await page.Locator("#status").SelectOptionAsync("assigned");
        await Assertions.Expect(rows).ToHaveCountAsync(0, new() { Timeout = Wait });
        Assert.Empty(errors);
    }
}

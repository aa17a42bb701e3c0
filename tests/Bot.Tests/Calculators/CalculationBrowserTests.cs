using Assistant.Bot.Tests.Channels.DirectLine;
using Microsoft.Playwright;
using static Assistant.Bot.Tests.Handoff.Officers.Browser.OfficerBrowser;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// A calculation through the real clients in Chromium: the worker fills in the form card in Microsoft's Web Chat and
/// gets the result card, asks for a person, and the officer finds the calculation in the case and works the same
/// figures out again with the console's calculators.
/// </summary>
[Collection("browser")]
public sealed class CalculationBrowserTests(WebChatBrowserFixture fixture) : IClassFixture<WebChatBrowserFixture>
{
    [Fact]
    public async Task A_worker_fills_in_the_form_in_Web_Chat_and_the_officer_sees_the_sum_in_the_case_and_gets_it_again_at_the_console()
    {
        var (employeeContext, employee) = await EmployeeAsync(fixture, "Chen Jing");
        await using var _ = employeeContext;
        var errors = new List<string>();
        employee.PageError += (_, error) => errors.Add(error);

        await WebChatBrowserTests.SendAsync(employee, "被辞退有没有经济补偿");
        await employee.GetByRole(AriaRole.Button, new() { Name = "帮我算一算", Exact = true }).Last.ClickAsync(new() { Timeout = Wait });
        var form = employee.Locator(".ac-adaptiveCard").Last;
        await Assertions.Expect(form).ToContainTextAsync("经济补偿（N）", new() { Timeout = Wait });
        // Each field found by its label: the card's labels are tied to their inputs.
        await form.GetByLabel("在本单位工作的时长").FillAsync("3");
        await form.GetByLabel("你离职前12个月的月平均工资").FillAsync("6000");
        await form.GetByLabel("劳动关系如何结束").SelectOptionAsync(new SelectOptionValue { Label = "经济性裁员（第四十一条）" });
        await form.GetByRole(AriaRole.Button, new() { Name = "计算", Exact = true }).ClickAsync();

        var result = employee.Locator(".ac-adaptiveCard").Last;
        await Assertions.Expect(result).ToContainTextAsync("18,000.00", new() { Timeout = Wait });
        await Assertions.Expect(result).ToContainTextAsync("《劳动合同法》（2012年修正）第四十七条");
        await Assertions.Expect(result).ToContainTextAsync("不构成法律意见");

        var caseId = await OpenCaseAsync(employee, anonymous: false);
        var (officerContext, officer) = await OfficerAsync(fixture, "huangtao");
        await using var __ = officerContext;
        officer.PageError += (_, error) => errors.Add(error);
        var row = officer.Locator($"tr.case[data-case-id=\"{caseId}\"]");
        await Assertions.Expect(row).ToContainTextAsync("Chen Jing", new() { Timeout = Wait });
        await row.ClickAsync();
        var summary = officer.Locator("#detail-summary");
        await Assertions.Expect(summary).ToContainTextAsync("计算：经济补偿（N）", new() { Timeout = Wait });
        await Assertions.Expect(summary).ToContainTextAsync("18,000.00");

        // The console's calculators: the same form, the same sum.
        await officer.Locator("#calculators summary").ClickAsync();
        await Assertions.Expect(officer.Locator("#calc-kind option")).Not.ToHaveCountAsync(0, new() { Timeout = Wait });
        await officer.Locator("#calc-kind").SelectOptionAsync(new SelectOptionValue { Label = "经济补偿（N）" });
        var fields = officer.Locator("#calc-fields");
        await fields.GetByLabel("在本单位工作的时长").FillAsync("3");
        await fields.GetByLabel("你离职前12个月的月平均工资").FillAsync("6000");
        await fields.GetByLabel("劳动关系如何结束").SelectOptionAsync(new SelectOptionValue { Label = "经济性裁员（第四十一条）" });
        await officer.GetByRole(AriaRole.Button, new() { Name = "计算", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Locator("#calc-result")).ToContainTextAsync("18,000.00", new() { Timeout = Wait });
        await Assertions.Expect(officer.Locator("#calc-result")).ToContainTextAsync("计算过程");

        // A figure nobody could mean: the reason, not a result.
        await fields.GetByLabel("你离职前12个月的月平均工资").FillAsync("0");
        await officer.GetByRole(AriaRole.Button, new() { Name = "计算", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Locator("#calc-error")).Not.ToBeEmptyAsync(new() { Timeout = Wait });
        await Assertions.Expect(officer.Locator("#calc-result")).ToBeEmptyAsync();
        Assert.Empty(errors);
    }
}

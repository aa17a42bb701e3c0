using Assistant.Bot.Handoff;
using Assistant.Bot.Tests.Channels.DirectLine;
using Assistant.Bot.Tests.Handoff.Support;
using Microsoft.Playwright;

namespace Assistant.Bot.Tests.Handoff;

/// <summary>The officer console in Chromium against the real bot: the case list comes a page at a time.</summary>
[Collection("browser")]
public sealed class OfficerConsoleBrowserTests(WebChatBrowserFixture fixture) : IClassFixture<WebChatBrowserFixture>
{
    private const float Timeout = 30_000;

    [Fact]
    public async Task The_console_lists_one_page_and_more_appends_the_next_until_the_last()
    {
        for (var i = 0; i <= OfficerEndpoints.DefaultPageSize; i++)
            await HandoffApp.OpenAsync(fixture.Services, "console-" + i, SampleGrid.PowerPlantTeam, anonymous: true);
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync($"{fixture.BaseUrl}/officer");

        await page.Locator("#login-id").FillAsync("wangli");
        await page.Locator("#login-password").FillAsync(SampleGrid.Password);
        await page.Locator("#login button[type=submit]").ClickAsync();

        var rows = page.Locator("#cases tr.case");
        var more = page.GetByRole(AriaRole.Button, new() { Name = "更多", Exact = true });
        await Assertions.Expect(rows).ToHaveCountAsync(OfficerEndpoints.DefaultPageSize, new() { Timeout = Timeout });
        await Assertions.Expect(more).ToBeVisibleAsync();
        await more.ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(OfficerEndpoints.DefaultPageSize + 1, new() { Timeout = Timeout });
        await Assertions.Expect(more).ToBeHiddenAsync();
        await page.Locator("#status").SelectOptionAsync("assigned");
        await Assertions.Expect(rows).ToHaveCountAsync(0, new() { Timeout = Timeout });
        Assert.Empty(errors);
    }
}

using Assistant.Bot.Tests.Channels.DirectLine;
using Microsoft.Playwright;

namespace Assistant.Bot.Tests.Handoff.Routing;

/// <summary>Microsoft's Web Chat in Chromium: the org unit drop-down on the identity card travels with the button's Submit.</summary>
[Collection("browser")]
public sealed class WebChatOrgUnitTests(WebChatBrowserFixture fixture) : IClassFixture<WebChatBrowserFixture>
{
    private const float Timeout = 30_000;

    [Fact]
    public async Task The_org_unit_chosen_in_Web_Chat_sends_the_case_to_that_units_grid_member()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 480, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(fixture.BaseUrl + "/");
        var transcript = page.Locator(".webchat__basic-transcript");
        await Assertions.Expect(transcript).ToContainTextAsync("我是工会的职工权益助手", new() { Timeout = Timeout });

        var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync("转人工");
        await input.PressAsync("Enter");
        var card = page.Locator(".ac-adaptiveCard").Last;
        await Assertions.Expect(card).ToContainTextAsync("你所在的班组", new() { Timeout = Timeout });

        await card.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "检修公司 · 电气班" });
        await card.GetByRole(AriaRole.Button, new() { Name = "匿名", Exact = true }).ClickAsync();

        await Assertions.Expect(transcript).ToContainTextAsync("已转给班组网格员", new() { Timeout = Timeout });
        Assert.Empty(errors);
    }
}

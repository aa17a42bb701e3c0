using Microsoft.Playwright;

namespace Assistant.Bot.Tests.Channels.DirectLine;

/// <summary>
/// Microsoft's Web Chat (the page's real bundle) in Chromium against the real bot: Chinese and English questions,
/// the officer button, a reload that brings the history back, over the WebSocket and over polling.
/// </summary>
[Collection("browser")]
public sealed class WebChatBrowserTests(WebChatBrowserFixture fixture) : IClassFixture<WebChatBrowserFixture>
{
    private const float Timeout = 30_000;

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task A_worker_asks_in_Chinese_and_English_reaches_an_officer_and_finds_the_history_after_a_reload(string transport)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 480, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync($"{fixture.BaseUrl}/?transport={transport}");

        var transcript = page.Locator(".webchat__basic-transcript");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("职工权益助手");
        await Assertions.Expect(transcript).ToContainTextAsync("我是工会的职工权益助手", new() { Timeout = Timeout });

        await SendAsync(page, "困难职工帮扶怎么申请？");
        await Assertions.Expect(transcript).ToContainTextAsync("第十九条", new() { Timeout = Timeout });
        // Web Chat marks a message sent only when our echo came back with its clientActivityID.
        await Assertions.Expect(page.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0, new() { Timeout = Timeout });
        // The echo carries the token's user id and role: Web Chat keeps it on the user's side.
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user").Last).ToContainTextAsync("困难职工帮扶怎么申请？");
        var screenshot = Environment.GetEnvironmentVariable("WEBCHAT_SCREENSHOT");
        if (!string.IsNullOrEmpty(screenshot) && transport == "websocket")
        {
            await page.Locator(".ac-adaptiveCard").Last.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        }

        await SendAsync(page, "Can I stay anonymous when I raise a request?");
        await Assertions.Expect(transcript).ToContainTextAsync("Article 11", new() { Timeout = Timeout });

        // Asking for an officer opens a case: first the choice of staying anonymous, then the case number.
        await page.GetByRole(AriaRole.Button, new() { Name = "Talk to a union officer", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(transcript).ToContainTextAsync("stay anonymous", new() { Timeout = Timeout });
        await page.GetByRole(AriaRole.Button, new() { Name = "Stay anonymous", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(transcript).ToContainTextAsync("is open and has gone to", new() { Timeout = Timeout });

        await page.ReloadAsync();
        var reloaded = page.Locator(".webchat__basic-transcript");
        await Assertions.Expect(reloaded).ToContainTextAsync("is open and has gone to", new() { Timeout = Timeout });
        await Assertions.Expect(reloaded).ToContainTextAsync("第十九条");
        await Assertions.Expect(reloaded).ToContainTextAsync("Article 11");

        // The language switch restarts Web Chat in English, in the same conversation.
        await page.Locator("#language").ClickAsync();
        await Assertions.Expect(page.Locator("#language")).ToHaveTextAsync("中文");
        await Assertions.Expect(page.Locator(".webchat__basic-transcript")).ToContainTextAsync("Article 11", new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-id=\"webchat-sendbox-input\"]")).ToHaveAttributeAsync("placeholder", "Type your message");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_guide_answer_quotes_the_law_by_name_and_a_further_article_opens_in_place()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 480, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(fixture.BaseUrl + "/");
        var transcript = page.Locator(".webchat__basic-transcript");
        await Assertions.Expect(transcript).ToContainTextAsync("我是工会的职工权益助手", new() { Timeout = Timeout });

        await SendAsync(page, "被辞退有没有经济补偿");

        var card = page.Locator(".ac-adaptiveCard").Last;
        await Assertions.Expect(card).ToContainTextAsync("摘自工会《职工劳动权益问答指南》", new() { Timeout = Timeout });
        await Assertions.Expect(card).ToContainTextAsync("《劳动合同法》（2012年修正）第四十六条");
        await Assertions.Expect(card).ToContainTextAsync("本版本自2013年7月1日起施行。");
        await Assertions.Expect(card).Not.ToContainTextAsync("#");
        // A further article: its text is hidden until the worker opens it, in the card, without a new message. The
        // quoted articles are whole, so every "显示全文" of this card opens a further one.
        var messages = await page.Locator(".webchat__basic-transcript__activity").CountAsync();
        var shown = card.Locator(".ac-textBlock:visible");
        var before = await shown.CountAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "显示全文", Exact = true }).First.ClickAsync();
        await Assertions.Expect(shown).ToHaveCountAsync(before + 2);
        Assert.Equal(messages, await page.Locator(".webchat__basic-transcript__activity").CountAsync());
        Assert.Empty(errors);
    }

    internal static async Task SendAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }
}

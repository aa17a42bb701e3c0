using System.Text.RegularExpressions;
using Assistant.Bot.Tests.Channels.DirectLine;
using Assistant.Bot.Tests.Handoff.Support;
using Microsoft.Playwright;

namespace Assistant.Bot.Tests.Handoff.Officers.Browser;

/// <summary>The two real clients of a handoff in one Chromium: an employee's Web Chat page and an officer's console.</summary>
internal static partial class OfficerBrowser
{
    public const float Wait = 30_000;

    /// <summary><c>OFFICER_SCREENSHOTS=folder</c> saves the README's console screenshots there.</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("OFFICER_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;

    /// <summary>A fresh browser context for an employee the intranet proxy names <paramref name="name"/>, on the bot's Web Chat page.</summary>
    public static async Task<(IBrowserContext Context, IPage Page)> EmployeeAsync(WebChatBrowserFixture fixture, string name)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 480, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string> { [WebChatBrowserFixture.TrustedUserHeader] = name },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/");
        await Assertions.Expect(Transcript(page)).ToContainTextAsync("我是工会的职工权益助手", new() { Timeout = Wait });
        return (context, page);
    }

    public static ILocator Transcript(IPage page) => page.Locator(".webchat__basic-transcript");

    /// <summary>The employee asks for a person in Web Chat and picks the identity on the card; the case number the bot announces.</summary>
    public static async Task<long> OpenCaseAsync(IPage employee, bool anonymous, string? question = null)
    {
        if (question is not null)
        {
            var answers = await employee.Locator(".ac-adaptiveCard").CountAsync();
            await WebChatBrowserTests.SendAsync(employee, question);
            await Assertions.Expect(employee.Locator(".ac-adaptiveCard")).ToHaveCountAsync(answers + 1, new() { Timeout = Wait });
        }
        await WebChatBrowserTests.SendAsync(employee, "转人工");
        await Assertions.Expect(Transcript(employee)).ToContainTextAsync("留下姓名", new() { Timeout = Wait });
        await employee.GetByRole(AriaRole.Button, new() { Name = anonymous ? "匿名" : "留下姓名", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(Transcript(employee)).ToContainTextAsync("已受理", new() { Timeout = Wait });
        var text = await Transcript(employee).InnerTextAsync();
        return long.Parse(CaseOpened().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A fresh context signed in as <paramref name="officerId"/> through the console's login form.</summary>
    public static async Task<(IBrowserContext Context, IPage Page)> OfficerAsync(WebChatBrowserFixture fixture, string officerId)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/officer");
        await SignInAsync(page, officerId);
        return (context, page);
    }

    public static async Task SignInAsync(IPage page, string officerId)
    {
        await page.Locator("#login-id").FillAsync(officerId);
        await page.Locator("#login-password").FillAsync(SampleGrid.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#console")).ToBeVisibleAsync(new() { Timeout = Wait });
        await Assertions.Expect(page.Locator("#login")).ToBeHiddenAsync();
    }

    [GeneratedRegex(@"诉求 #(\d+) 已受理")]
    private static partial Regex CaseOpened();
}

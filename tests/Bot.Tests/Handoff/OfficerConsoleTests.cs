using System.Net;
using Assistant.Bot.Tests.Handoff.Support;

namespace Assistant.Bot.Tests.Handoff;

/// <summary>The officer console page: served as one self-contained page that only talks to the officer API.</summary>
public sealed class OfficerConsoleTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assistant-bot-tests", Guid.NewGuid().ToString("N"));
    private HandoffApp _app = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = new HandoffApp(Path.Combine(_folder, "assistant.db"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task The_console_page_is_served_with_a_strict_content_security_policy_and_uses_the_api()
    {
        using var client = _app.Anonymous();

        var response = await client.GetAsync("/officer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'sha256-", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/officer/cases", html, StringComparison.Ordinal);
        Assert.Contains("/officer/login", html, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", html, StringComparison.Ordinal);
    }
}

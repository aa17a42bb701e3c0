using System.Net;
using Assistant.Bot.Tests.Handoff.Support;

namespace Assistant.Bot.Tests.Handoff;

/// <summary>The officer console page: served as one self-contained page that only talks to the officer API.</summary>
public sealed class OfficerConsoleTests : HandoffAppTest
{
    [Fact]
    public async Task The_console_page_is_served_with_a_strict_content_security_policy_and_uses_the_api()
    {
        using var client = App.Anonymous();

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

using System.Net;
using System.Net.Http.Json;

namespace Assistant.Bot.Tests.Handoff.Support;

/// <summary>
/// The officer session cookie carried by hand between hosts (another instance, the same one after a restart), as a
/// browser behind a load balancer would.
/// </summary>
public static class OfficerCookie
{
    /// <summary>Signs <paramref name="officerId"/> in with the dev password; returns the <c>assistant.officer=…</c> pair.</summary>
    public static async Task<string> SignInAsync(HttpClient client, string officerId)
    {
        using var response = await client.PostAsJsonAsync("/officer/login", new { id = officerId, password = SampleGrid.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("assistant.officer=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>GET /api/officer/me with <paramref name="cookie"/>: the status, and the officer id when signed in.</summary>
    public static async Task<(HttpStatusCode Status, string? OfficerId)> MeAsync(HttpClient client, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/officer/me");
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
            return (response.StatusCode, null);
        var me = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return (response.StatusCode, me.GetProperty("id").GetString());
    }
}

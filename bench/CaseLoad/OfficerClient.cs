using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Bench.CaseLoad;

/// <summary>An officer signed in through the real <c>POST /officer/login</c>, holding the session cookie.</summary>
internal sealed class OfficerClient : IDisposable
{
    private readonly HttpClient _http;

    private OfficerClient(HttpClient http) => _http = http;

    public static async Task<OfficerClient> SignInAsync(Uri bot, string id, string password, CancellationToken cancellationToken)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = bot,
            Timeout = TimeSpan.FromSeconds(30),
        };
        using var response = await http.PostAsJsonAsync("/officer/login", new { id, password }, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"sign-in as {id} answered {(int)response.StatusCode}; is the bot in Development with the sample grid?");
        return new OfficerClient(http);
    }

    /// <summary>GETs <paramref name="url"/>; the milliseconds until the whole body was read, and the body.</summary>
    public async Task<(double Milliseconds, JsonElement Body)> GetAsync(string url, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.GetAsync(url, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        return (elapsed, JsonDocument.Parse(body).RootElement.Clone());
    }

    public async Task<HttpStatusCode> PostAsync(string url, object? body, CancellationToken cancellationToken)
    {
        using var response = body is null
            ? await _http.PostAsync(url, null, cancellationToken)
            : await _http.PostAsJsonAsync(url, body, cancellationToken);
        return response.StatusCode;
    }

    public void Dispose() => _http.Dispose();
}

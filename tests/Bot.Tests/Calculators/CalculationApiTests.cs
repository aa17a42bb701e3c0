using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Calculators;

/// <summary><c>POST /api/rights/calculations/{kind}</c> over real HTTP: the result and its text, 400 naming the field.</summary>
public sealed class CalculationApiTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Fact]
    public async Task A_severance_is_worked_out_with_its_steps_articles_and_the_note_that_the_figures_are_samples()
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync(new Uri("/api/rights/calculations/severance", UriKind.Relative), Json(
            """{"kind": "compensation", "ending": "layoff", "service": {"years": 5, "months": 3}, "averageMonthlyWage": 8000}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        // 5 years 3 months: three months are under six, half a month (第四十七条): 5.5 × 8,000.
        Assert.Equal(44_000m, root.GetProperty("amount").GetDecimal());
        Assert.Equal(5.5m, root.GetProperty("months").GetDecimal());
        Assert.True(root.GetProperty("usesSampleFigures").GetBoolean());
        Assert.Contains(root.GetProperty("basis").EnumerateArray(), b => b.GetProperty("key").GetString() == "劳动合同法#第四十七条");
        var text = root.GetProperty("text");
        Assert.Equal("经济补偿（N）", text.GetProperty("title").GetString());
        Assert.NotEmpty(text.GetProperty("steps").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(text.GetProperty("sampleNotice").GetString()));
    }

    [Fact]
    public async Task The_text_comes_in_the_language_asked_for()
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync(new Uri("/api/rights/calculations/annual-leave?lang=en", UriKind.Relative), Json("""{"cumulativeYears": 12}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(10m, json.RootElement.GetProperty("days").GetDecimal());
        Assert.Equal("Paid annual leave", json.RootElement.GetProperty("text").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("injury-grant", """{"grade": 11, "monthlyWage": 6000}""", "grade")]
    [InlineData("overtime", """{"monthlyWage": 0, "weekdayOvertimeHours": 10}""", "monthlyWage")]
    [InlineData("severance", """{"firstWorkDay": "2020-05-01", "lastWorkDay": "2019-01-01", "averageMonthlyWage": 8000}""", "lastWorkDay")]
    [InlineData("annual-leave", """{"cumulativeYears": -3}""", "cumulativeYears")]
    [InlineData("overtime", """{"monthlyWage": "a lot"}""", "monthlyWage")]
    [InlineData("severance", """{"ending": "sacked"}""", "ending")]
    public async Task An_input_nobody_could_mean_gets_400_naming_the_field(string kind, string body, string field)
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync(new Uri($"/api/rights/calculations/{kind}", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), errors.GetRawText());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task An_unknown_calculation_is_404_and_an_empty_body_400()
    {
        using var client = _factory.CreateClient();

        var unknown = await client.PostAsync(new Uri("/api/rights/calculations/lottery", UriKind.Relative), Json("{}"));
        var empty = await client.PostAsync(new Uri("/api/rights/calculations/overtime", UriKind.Relative), Json(""));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task The_anonymous_api_is_limited_per_client()
    {
        using var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 61; i++)
            statuses.Add((await client.PostAsync(new Uri("/api/rights/calculations/probation", UriKind.Relative), Json("""{"termMonths": 36}"""))).StatusCode);

        Assert.All(statuses.Take(60), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[60]);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public void Dispose() => _factory.Dispose();
}

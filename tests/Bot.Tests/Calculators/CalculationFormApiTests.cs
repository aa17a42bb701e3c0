using System.Net;
using System.Text;
using System.Text.Json;
using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// The calculators as the chat's forms over real HTTP (<c>/api/rights/calculations/forms</c>), as the officer console
/// uses them: the same fields and the same result a worker gets from the same figures.
/// </summary>
public sealed class CalculationFormApiTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Fact]
    public async Task Every_calculation_is_listed_with_the_fields_of_the_chat_form_labelled_in_the_language_asked_for()
    {
        using var client = _factory.CreateClient();

        using var zh = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/rights/calculations/forms?lang=zh", UriKind.Relative)));
        using var en = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/rights/calculations/forms?lang=en", UriKind.Relative)));

        var forms = zh.RootElement.EnumerateArray().ToList();
        Assert.Equal(Enum.GetNames<Assistant.Bot.Calculators.CalculationKind>(), forms.Select(f => f.GetProperty("calculation").GetString()));
        var severance = forms.Single(f => f.GetProperty("calculation").GetString() == "Severance");
        Assert.Equal("经济补偿（N）", severance.GetProperty("title").GetString());
        var fields = severance.GetProperty("fields").EnumerateArray().ToList();
        Assert.Contains(fields, f => f.GetProperty("id").GetString() == "MonthlyWage" && f.GetProperty("type").GetString() == "number");
        var ending = fields.Single(f => f.GetProperty("id").GetString() == "Ending");
        Assert.Equal("choice", ending.GetProperty("type").GetString());
        Assert.Contains(ending.GetProperty("options").EnumerateArray(), o => o.GetProperty("value").GetString() == "Layoff");
        Assert.All(forms, f => Assert.NotEmpty(f.GetProperty("fields").EnumerateArray()));
        var english = en.RootElement.EnumerateArray().Single(f => f.GetProperty("calculation").GetString() == "AnnualLeave");
        Assert.Equal("Paid annual leave", english.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_form_as_submitted_gives_the_result_the_worker_gets_in_the_chat()
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync(new Uri("/api/rights/calculations/forms/Severance?lang=zh", UriKind.Relative),
            Json("""{"Years": "5", "MonthlyWage": "8000", "Ending": "Layoff"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(40_000m, json.RootElement.GetProperty("amount").GetDecimal());
        var text = json.RootElement.GetProperty("text");
        Assert.Contains(text.GetProperty("steps").EnumerateArray(), s => s.GetString()!.Contains("8,000.00元 × 5个月 = 40,000.00元", StringComparison.Ordinal));
        Assert.Contains(json.RootElement.GetProperty("basis").EnumerateArray(), b => b.GetProperty("key").GetString() == "劳动合同法#第四十七条");
    }

    [Theory]
    [InlineData("InjuryGrant", """{"Grade": "11", "MonthlyWage": "6000"}""", "Grade")]
    [InlineData("Overtime", """{"MonthlyWage": "0", "WeekdayOvertimeHours": "10"}""", "MonthlyWage")]
    [InlineData("Overtime", """{"MonthlyWage": 8000}""", "MonthlyWage")]
    public async Task A_figure_nobody_could_mean_gets_400_naming_the_field(string calculation, string body, string field)
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync(new Uri($"/api/rights/calculations/forms/{calculation}", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => e.Name.Contains(field, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lottery")]
    [InlineData("3")]
    public async Task An_unknown_calculation_is_404(string calculation)
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync(new Uri($"/api/rights/calculations/forms/{calculation}", UriKind.Relative), Json("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}

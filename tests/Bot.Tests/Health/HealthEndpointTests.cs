using System.Net;
using System.Text.Json;
using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task First_start_builds_the_index_from_the_bundled_laws_rules_and_guides_and_healthz_counts_them()
    {
        using var factory = new BotFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        var index = json.RootElement.GetProperty("index");
        Assert.StartsWith("g-", index.GetProperty("generation").GetString(), StringComparison.Ordinal);
        Assert.True(index.GetProperty("articles").GetInt32() > 1_900);
        Assert.Equal(JsonValueKind.Null, index.GetProperty("vectors").ValueKind);
        var documents = index.GetProperty("documents");
        // The 30 bundled statutes by kind, the seven sample union rules and the two guides.
        Assert.Equal(9, documents.GetProperty("Law").GetInt32());
        Assert.Equal(30, new[] { "Law", "AdministrativeRegulation", "JudicialInterpretation", "DepartmentalRule" }
            .Sum(kind => documents.GetProperty(kind).GetInt32()));
        Assert.Equal(7, documents.GetProperty("UnionRule").GetInt32());
        Assert.Equal(2, documents.GetProperty("Guide").GetInt32());
        Assert.True(index.GetProperty("articlesByKind").GetProperty("Guide").GetInt32() >= 200);
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "index", "CURRENT")));
    }

    [Fact]
    public async Task Without_an_index_and_with_building_switched_off_healthz_is_503()
    {
        using var factory = new BotFactory(new() { ["Knowledge:BuildWhenMissing"] = "false" });
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("degraded", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

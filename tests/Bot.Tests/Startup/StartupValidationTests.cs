using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Startup;

/// <summary>Bad settings stop the real bot at start, with a message naming the setting.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Knowledge:RefreshIntervalSeconds", "0", "RefreshIntervalSeconds")]
    [InlineData("Storage:Provider", "Oracle", "Provider")]
    [InlineData("Generation:TotalBudgetSeconds", "30", "TotalBudgetSeconds")]
    [InlineData("Generation:ExpansionBudgetSeconds", "6", "ExpansionBudgetSeconds")]
    [InlineData("Generation:Provider", "AzureOpenAI", "Generation:Endpoint is required")]
    [InlineData("BotFramework:MaxBodyBytes", "0", "MaxBodyBytes")]
    public async Task An_invalid_setting_stops_the_bot_naming_it(string key, string value, string expected)
    {
        var (exitCode, output) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string?> { [key] = value }, TimeSpan.FromSeconds(60));

        Assert.NotNull(exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Storage:PostgreSql:ConnectionString is required")]
    [InlineData("Host=127.0.0.1;Username=assistant;Password=s3cret-never-printed", "must name a Database")]
    [InlineData("Database=assistant;Password=s3cret-never-printed", "must name a Host")]
    [InlineData("Host=127.0.0.1;Colour=blue;Password=s3cret-never-printed", "not a valid PostgreSQL connection string")]
    public async Task PostgreSql_without_a_usable_connection_string_stops_the_bot_without_printing_it(string connectionString, string expected)
    {
        var (exitCode, output) = await BotProcess.RunUntilExitAsync(
            new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql", ["Storage:PostgreSql:ConnectionString"] = connectionString },
            TimeSpan.FromSeconds(60));

        Assert.NotNull(exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-never-printed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_PostgreSql_server_stops_the_bot_at_start()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "PostgreSql",
                ["Storage:PostgreSql:ConnectionString"] = $"Host=127.0.0.1;Port={port};Database=assistant;Username=assistant;Password=s3cret-never-printed;Timeout=3",
            },
            TimeSpan.FromSeconds(60));

        Assert.NotNull(exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Npgsql", output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-never-printed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_app_id_the_bot_refuses_to_start_outside_development()
    {
        var (exitCode, output) = await BotProcess.RunUntilExitAsync(
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, TimeSpan.FromSeconds(60));

        Assert.NotNull(exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("BotFramework:AppId", output, StringComparison.Ordinal);
    }
}

using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Startup;

/// <summary>Bad settings stop the real bot at start, with a message naming the setting.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Knowledge:RefreshIntervalSeconds", "0", "RefreshIntervalSeconds")]
    [InlineData("Storage:Provider", "Oracle", "Provider")]
    [InlineData("Generation:TotalBudgetSeconds", "30", "TotalBudgetSeconds")]
    [InlineData("Generation:Provider", "AzureOpenAI", "Generation:Endpoint is required")]
    [InlineData("BotFramework:MaxBodyBytes", "0", "MaxBodyBytes")]
    public async Task An_invalid_setting_stops_the_bot_naming_it(string key, string value, string expected)
    {
        var (exitCode, output) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string?> { [key] = value }, TimeSpan.FromSeconds(60));

        Assert.NotNull(exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
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

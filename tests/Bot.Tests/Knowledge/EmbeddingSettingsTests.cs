using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Knowledge;

/// <summary>Embedding settings a provider can't work with stop the real bot at start, naming the setting and never
/// printing the key.</summary>
public sealed class EmbeddingSettingsTests
{
    private const string Key = "s3cret-never-printed";

    [Theory]
    [InlineData("OpenAICompatible", null, "bge-m3", "Knowledge:Embeddings:Endpoint is required")]
    [InlineData("OpenAICompatible", "http://gpu01:8000/v1", null, "Knowledge:Embeddings:Model is required")]
    [InlineData("OpenAICompatible", "gpu01:8000/v1", "bge-m3", "Knowledge:Embeddings:Endpoint must be an absolute http(s) URL")]
    [InlineData("OpenAICompatible", "/v1/embeddings", "bge-m3", "Knowledge:Embeddings:Endpoint must be an absolute http(s) URL")]
    [InlineData("AzureOpenAI", "https://union.openai.azure.com/", "embeddings", "Knowledge:Embeddings:ApiKey is required")]
    [InlineData("Word2Vec", "http://gpu01:8000/v1", "bge-m3", "Knowledge:Embeddings:Provider")]
    public async Task A_provider_without_what_it_needs_stops_the_bot_naming_the_setting(string provider, string? endpoint, string? model, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:Embeddings:Provider"] = provider,
            ["Knowledge:Embeddings:Endpoint"] = endpoint,
            ["Knowledge:Embeddings:Model"] = model,
        };
        if (provider != "AzureOpenAI")
            settings["Knowledge:Embeddings:ApiKey"] = Key;

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(settings, TimeSpan.FromSeconds(60));

        Assert.NotNull(exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Knowledge:Embeddings:BudgetMilliseconds", "50", "BudgetMilliseconds")]
    [InlineData("Knowledge:Embeddings:BatchSize", "0", "BatchSize")]
    [InlineData("Knowledge:Embeddings:MaxInputCharacters", "8", "MaxInputCharacters")]
    public async Task An_out_of_range_setting_stops_the_bot_naming_it(string key, string value, string expected)
    {
        var (exitCode, output) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string?> { [key] = value }, TimeSpan.FromSeconds(60));

        Assert.NotNull(exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_budget_that_leaves_the_answer_too_little_of_the_turn_stops_the_bot()
    {
        var (exitCode, output) = await BotProcess.RunUntilExitAsync(
            new Dictionary<string, string?>
            {
                ["Knowledge:Embeddings:Provider"] = "OpenAICompatible",
                ["Knowledge:Embeddings:Endpoint"] = "http://gpu01:8000/v1",
                ["Knowledge:Embeddings:Model"] = "bge-m3",
                ["Knowledge:Embeddings:BudgetMilliseconds"] = "3000",
                ["Generation:Provider"] = "OpenAICompatible",
                ["Generation:Endpoint"] = "http://llm:8000/v1",
                ["Generation:Model"] = "qwen2.5-7b-instruct",
                ["Generation:ExpandQuestions"] = "false",
                ["Generation:TotalBudgetSeconds"] = "12",
            },
            TimeSpan.FromSeconds(60));

        Assert.NotNull(exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Knowledge:Embeddings:BudgetMilliseconds plus Generation:TotalBudgetSeconds", output, StringComparison.Ordinal);
    }
}

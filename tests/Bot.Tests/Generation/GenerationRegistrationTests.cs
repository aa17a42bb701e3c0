using Assistant.Bot.Generation;
using Assistant.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Tests.Generation;

public sealed class GenerationRegistrationTests
{
    [Fact]
    public void Without_a_provider_the_bot_gets_the_disabled_generator()
    {
        using var factory = new BotFactory(new() { ["Knowledge:BuildWhenMissing"] = "false" });

        var generator = factory.Services.GetRequiredService<IAnswerGenerator>();

        Assert.IsType<DisabledAnswerGenerator>(generator);
        Assert.False(generator.IsEnabled);
        Assert.IsType<DisabledCaseSummarizer>(factory.Services.GetRequiredService<ICaseSummarizer>());
    }

    [Fact]
    public void A_configured_provider_gives_the_Semantic_Kernel_generator()
    {
        using var factory = new BotFactory(new()
        {
            ["Knowledge:BuildWhenMissing"] = "false",
            ["Generation:Provider"] = "OpenAICompatible",
            ["Generation:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Generation:Model"] = "qwen2.5-7b-instruct",
        });

        var generator = factory.Services.GetRequiredService<IAnswerGenerator>();

        Assert.IsType<SemanticKernelAnswerGenerator>(generator);
        Assert.True(generator.IsEnabled);
        Assert.IsType<SemanticKernelCaseSummarizer>(factory.Services.GetRequiredService<ICaseSummarizer>());
    }

    [Theory]
    [InlineData("AzureOpenAI", null, "gpt-4o-mini", "key", "Generation:Endpoint is required")]
    [InlineData("AzureOpenAI", "openai.azure.com", "gpt-4o-mini", "key", "absolute http(s) URL")]
    [InlineData("AzureOpenAI", "https://x.openai.azure.com/", null, "key", "Generation:Deployment")]
    [InlineData("AzureOpenAI", "https://x.openai.azure.com/", "gpt-4o-mini", null, "Generation:ApiKey or Generation:UseEntraCredential")]
    [InlineData("OpenAICompatible", "http://llm:8000/v1", null, null, "Generation:Model")]
    public void Invalid_settings_are_rejected_naming_the_setting(string provider, string? endpoint, string? deployment, string? apiKey, string expected)
    {
        var result = new GenerationOptionsValidator().Validate(null, new GenerationOptions
        {
            Provider = Enum.Parse<GenerationProvider>(provider),
            Endpoint = endpoint,
            Deployment = deployment,
            ApiKey = apiKey,
        });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_shorter_than_one_attempt_is_rejected()
    {
        var result = new GenerationOptionsValidator().Validate(null, new GenerationOptions
        {
            Provider = GenerationProvider.OpenAICompatible,
            Endpoint = "http://llm:8000/v1",
            Model = "m",
            TimeoutSeconds = 10,
            TotalBudgetSeconds = 5,
        });

        Assert.True(result.Failed);
        Assert.Contains("TotalBudgetSeconds", result.FailureMessage, StringComparison.Ordinal);
    }
}

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
        Assert.IsType<DisabledQuestionExpander>(factory.Services.GetRequiredService<IQuestionExpander>());
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
        var expander = factory.Services.GetRequiredService<IQuestionExpander>();
        Assert.IsType<SemanticKernelQuestionExpander>(expander);
        Assert.True(expander.IsEnabled);
    }

    [Fact]
    public void ExpandQuestions_false_keeps_the_model_for_answers_but_not_for_expansion()
    {
        using var factory = new BotFactory(new()
        {
            ["Knowledge:BuildWhenMissing"] = "false",
            ["Generation:Provider"] = "OpenAICompatible",
            ["Generation:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Generation:Model"] = "qwen2.5-7b-instruct",
            ["Generation:ExpandQuestions"] = "false",
        });

        var expander = factory.Services.GetRequiredService<IQuestionExpander>();

        Assert.IsType<DisabledQuestionExpander>(expander);
        Assert.False(expander.IsEnabled);
        Assert.IsType<SemanticKernelAnswerGenerator>(factory.Services.GetRequiredService<IAnswerGenerator>());
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

    [Theory]
    [InlineData(2, 12, true)]
    [InlineData(1, 13, true)]
    [InlineData(3, 12, false)]
    [InlineData(2, 13, false)]
    public void The_expansion_and_answer_budgets_together_fit_the_channels_turn(int expansion, int total, bool valid)
    {
        var result = new GenerationOptionsValidator().Validate(null, Compatible(o =>
        {
            o.ExpansionBudgetSeconds = expansion;
            o.TotalBudgetSeconds = total;
        }));

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Generation:ExpansionBudgetSeconds", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains("Generation:TotalBudgetSeconds", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_expansion_the_answer_may_use_the_whole_turn()
    {
        var result = new GenerationOptionsValidator().Validate(null, Compatible(o =>
        {
            o.ExpandQuestions = false;
            o.ExpansionBudgetSeconds = 5;
            o.TotalBudgetSeconds = 14;
        }));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    private static GenerationOptions Compatible(Action<GenerationOptions> configure)
    {
        var options = new GenerationOptions { Provider = GenerationProvider.OpenAICompatible, Endpoint = "http://llm:8000/v1", Model = "m" };
        configure(options);
        return options;
    }
}

using Assistant.Bot.Generation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Assistant.Bot.Privacy;

namespace Assistant.Bot.Tests.Generation;

/// <summary>Generators and expanders wired to a <see cref="FakeModelServer"/>, and sample requests.</summary>
internal static class TestGenerators
{
    public static GenerationOptions Compatible(FakeModelServer server, Action<GenerationOptions>? configure = null)
    {
        var options = new GenerationOptions
        {
            Provider = GenerationProvider.OpenAICompatible,
            Endpoint = new Uri(server.BaseAddress, "v1").ToString(),
            Model = "qwen2.5-7b-instruct",
            ApiKey = "local-secret",
            TimeoutSeconds = 5,
            TotalBudgetSeconds = 10,
            MaxRetries = 2,
        };
        configure?.Invoke(options);
        return options;
    }

    public static GenerationOptions Azure(FakeModelServer server, Action<GenerationOptions>? configure = null)
    {
        var options = new GenerationOptions
        {
            Provider = GenerationProvider.AzureOpenAI,
            Endpoint = server.BaseAddress.ToString(),
            Deployment = "gpt-4o-mini",
            ApiKey = "azure-secret",
            TimeoutSeconds = 5,
            TotalBudgetSeconds = 10,
        };
        configure?.Invoke(options);
        return options;
    }

    public static SemanticKernelAnswerGenerator Create(GenerationOptions options)
    {
        var masker = new SensitiveDataMasker();
        return new SemanticKernelAnswerGenerator(
            Options.Create(options),
            new PromptBuilder(masker),
            new CitationValidator(),
            TimeProvider.System,
            NullLogger<SemanticKernelAnswerGenerator>.Instance);
    }

    public static SemanticKernelQuestionExpander Expander(GenerationOptions options) => new(
        Options.Create(options), new SensitiveDataMasker(), TimeProvider.System, NullLogger<SemanticKernelQuestionExpander>.Instance);

    public static GenerationRequest OvertimeQuestion(string question = "公司安排加班不给加班费怎么办？") => new(
        question,
        "zh",
        [
            new GroundingArticle(1, "劳动法#第四十四条", "《劳动法》第四十四条",
                "有下列情形之一的，用人单位应当按照下列标准支付高于劳动者正常工作时间工资的工资报酬：（一）安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬。"),
            new GroundingArticle(2, "劳动合同法#第三十一条", "《劳动合同法》第三十一条",
                "用人单位应当严格执行劳动定额标准，不得强迫或者变相强迫劳动者加班。用人单位安排加班的，应当按照国家有关规定向劳动者支付加班费。"),
            new GroundingArticle(3, "劳动合同法#第八十五条", "《劳动合同法》第八十五条",
                "用人单位安排加班不支付加班费的，由劳动行政部门责令限期支付。"),
        ]);
}

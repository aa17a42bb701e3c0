using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Assistant.Bot.Privacy;

namespace Assistant.Bot.Generation;

/// <summary>Registers the optional model features (answers, question expansion, case summaries): the Semantic Kernel
/// ones when a provider is set, else the disabled ones.</summary>
public static class GenerationExtensions
{
    public static WebApplicationBuilder AddGeneration(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<GenerationOptions>()
            .BindConfiguration(GenerationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GenerationOptions>, GenerationOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<SensitiveDataMasker>();
        builder.Services.TryAddSingleton<PromptBuilder>();
        builder.Services.TryAddSingleton<CitationValidator>();
        builder.Services.AddSingleton<IAnswerGenerator>(services => Create<IAnswerGenerator, SemanticKernelAnswerGenerator>(services, new DisabledAnswerGenerator()));
        builder.Services.AddSingleton<ICaseSummarizer>(services => Create<ICaseSummarizer, SemanticKernelCaseSummarizer>(services, new DisabledCaseSummarizer()));
        builder.Services.AddSingleton<IQuestionExpander>(services => Create<IQuestionExpander, SemanticKernelQuestionExpander>(
            services, new DisabledQuestionExpander(), options => options.ExpandQuestions));
        return builder;
    }

    /// <summary>The model-backed <typeparamref name="TModel"/> when a provider is set and <paramref name="wanted"/>
    /// (if given) says the feature is on; else <paramref name="disabled"/>.</summary>
    private static TService Create<TService, TModel>(IServiceProvider services, TService disabled, Func<GenerationOptions, bool>? wanted = null)
        where TModel : TService
    {
        var options = services.GetRequiredService<IOptions<GenerationOptions>>();
        if (options.Value.Provider == GenerationProvider.None || wanted?.Invoke(options.Value) == false)
            return disabled;

        try
        {
            return ActivatorUtilities.CreateInstance<TModel>(services);
        }
        catch (Exception failure) when (failure is ArgumentException or InvalidOperationException or NotSupportedException or UriFormatException)
        {
            // Generation is optional: a client that can't be built (e.g. an unknown Azure API version) turns it off.
            GenerationLog.Unavailable(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GenerationExtensions)), failure.GetType().Name);
            return disabled;
        }
    }
}

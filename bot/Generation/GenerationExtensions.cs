using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Generation;

/// <summary>Registers the optional answer generator: the Semantic Kernel one when a provider is set, else the disabled one.</summary>
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
        return builder;
    }

    private static TService Create<TService, TModel>(IServiceProvider services, TService disabled)
        where TModel : TService
    {
        var options = services.GetRequiredService<IOptions<GenerationOptions>>();
        if (options.Value.Provider == GenerationProvider.None)
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

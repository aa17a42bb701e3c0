using Assistant.Bot.Calculators.Api;
using Assistant.Bot.Calculators.Conversation;
using Assistant.Bot.Calculators.Extraction;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Calculators;

/// <summary>Registers the calculators (issue 19), their regional figures (validated at start), the text renderer and the extractor.</summary>
public static class CalculatorsExtensions
{
    public static WebApplicationBuilder AddCalculators(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCalculators();
        builder.Services.AddCalculationsApi();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, CalculationsJsonContext.Default));
        return builder;
    }

    public static IServiceCollection AddCalculators(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RegionalFiguresOptions>()
            .BindConfiguration(RegionalFiguresOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RegionalFiguresOptions>, RegionalFiguresOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => RegionalFigures.From(provider.GetRequiredService<IOptions<RegionalFiguresOptions>>().Value));

        services.AddSingleton<SeveranceCalculator>();
        services.AddSingleton<DoubleWageCalculator>();
        services.AddSingleton<OvertimeCalculator>();
        services.AddSingleton<AnnualLeaveCalculator>();
        services.AddSingleton<MedicalPeriodCalculator>();
        services.AddSingleton<MaternityLeaveCalculator>();
        services.AddSingleton<ProbationCalculator>();
        services.AddSingleton<InjuryGrantCalculator>();
        services.AddSingleton<ArbitrationDeadlineCalculator>();
        services.AddSingleton<CalculationTextRenderer>();
        services.AddSingleton<CalculationRequestExtractor>();
        services.AddSingleton<CalculationRunner>();
        services.AddSingleton<CalculationForm>();
        services.AddSingleton<CalculationCards>();
        services.AddSingleton<CalculationDialog>();
        return services;
    }
}

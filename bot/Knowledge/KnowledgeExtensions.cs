using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Assistant.Bot.Privacy;

namespace Assistant.Bot.Knowledge;

/// <summary>Registers the knowledge index: analysis, the shared searcher, the first-start build, and the optional
/// embedding model that embeds the questions.</summary>
public static class KnowledgeExtensions
{
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<EmbeddingOptions>()
            .BindConfiguration(EmbeddingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EmbeddingOptions>, EmbeddingOptionsValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => new AnalyzerSet(Glossary.LoadDefault()));
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var environment = services.GetRequiredService<IHostEnvironment>();
            return new IndexLocation(Path.GetFullPath(options.IndexPath, environment.ContentRootPath));
        });
        builder.Services.AddSingleton(services => new KnowledgeSearcher(
            services.GetRequiredService<IndexLocation>(),
            services.GetRequiredService<AnalyzerSet>(),
            services.GetRequiredService<TimeProvider>(),
            new KnowledgeSearcherOptions
            {
                RefreshInterval = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.RefreshIntervalSeconds),
            }));
        builder.Services.AddSingleton<KnowledgeSources>();
        builder.Services.TryAddSingleton<SensitiveDataMasker>();
        builder.Services.AddSingleton<IQuestionEmbedder>(services =>
            services.GetRequiredService<IOptions<EmbeddingOptions>>().Value.Provider == EmbeddingProvider.None
                ? new DisabledQuestionEmbedder()
                : ActivatorUtilities.CreateInstance<HttpQuestionEmbedder>(services));
        builder.Services.AddHostedService<DefaultIndexInitializer>();
        return builder;
    }
}

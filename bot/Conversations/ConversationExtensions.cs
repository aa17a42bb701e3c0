using Assistant.Bot.Policy;
using Assistant.Bot.Citations;
using Assistant.Bot.Answering;
using Assistant.Bot.Generation;
using Assistant.Bot.Resources;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Assistant.Bot.Understanding;

namespace Assistant.Bot.Conversations;

/// <summary>Registers the turn logic, answering, the bot's texts and the conversation store with its schema.</summary>
public static class ConversationExtensions
{
    public static WebApplicationBuilder AddConversations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<BotText>();
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<SensitiveTopicDetector>();
        services.AddSingleton<ClarifyingQuestions>();
        services.AddSingleton<LeadWriter>();
        services.AddSingleton<ArticleNames>();
        services.AddSingleton<LawArticles>();
        services.AddSingleton<CitationBuilder>();
        services.AddSingleton<AnswerComposer>();
        services.AddOptions<HandoffPolicyOptions>()
            .BindConfiguration(HandoffPolicyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<HandoffPolicy>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<ITurnHandler, TurnHandler>();
        services.TryAddSingleton<IHandoffGateway, RecordedHandoffGateway>();
        services.TryAddSingleton<IHandoffRelay, NoHandoffRelay>();
        services.TryAddSingleton<IAnswerGenerator, DisabledAnswerGenerator>();

        services.AddStoreSchema<ConversationSchema>();
        services.AddSingleton<SqlConversationStore>();
        services.AddSingleton<IConversationStore>(provider => provider.GetRequiredService<SqlConversationStore>());
        services.AddSingleton<QuestionRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<QuestionRetention>());
        return builder;
    }
}

using Assistant.Bot.Conversations;
using Assistant.Bot.Generation;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Officers;
using Assistant.Bot.Handoff.Officers.SignIn;
using Assistant.Bot.Handoff.Outbox;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Handoff.Relay;
using Assistant.Bot.Handoff.Routing;
using Assistant.Bot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Assistant.Bot.Privacy;

namespace Assistant.Bot.Handoff;

/// <summary>Registers cases, the relay, deadlines, the outbox and the officer API; maps the officer endpoints.</summary>
public static class HandoffExtensions
{
    public static WebApplicationBuilder AddHandoff(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HandoffOptions>()
            .BindConfiguration(HandoffOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HandoffOptions>, HandoffOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SensitiveDataMasker>();

        services.AddStoreSchema<CaseSchema>();
        services.AddSingleton<SqlCaseStore>();
        services.TryAddSingleton<ICaseStore>(provider => provider.GetRequiredService<SqlCaseStore>());
        services.AddSingleton<SqlOfficerThreadStore>();
        services.TryAddSingleton<IOfficerThreadStore>(provider => provider.GetRequiredService<SqlOfficerThreadStore>());
        services.AddSingleton<CaseAnalytics>();
        services.AddSingleton<CaseRouter>();
        services.AddSingleton<CaseReplies>();
        services.AddSingleton<OfficerCards>();
        services.AddSingleton<ConsolePage>();
        services.AddSingleton<OutboxSignal>();
        services.TryAddSingleton<ICaseSummarizer, DisabledCaseSummarizer>();
        services.AddSingleton<CaseSummaries>();
        services.AddSingleton<CaseService>();
        services.AddSingleton<QueueOfficerNotifier>();
        services.TryAddSingleton<IOfficerNotifier>(provider => provider.GetRequiredService<QueueOfficerNotifier>());
        services.RemoveAll<IHandoffGateway>();
        services.AddSingleton<IHandoffGateway, HandoffGateway>();
        services.RemoveAll<IHandoffRelay>();
        services.AddSingleton<OfficerChannelRelay>();
        services.AddSingleton<IHandoffRelay, CaseRelay>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<EscalationService>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService(provider => provider.GetRequiredService<EscalationService>());

        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, OfficerJsonContext.Default));
        OfficerSignIn.Add(builder);
        return builder;
    }

    public static WebApplication MapHandoff(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        OfficerEndpoints.Map(app);
        OfficerSignIn.Map(app);
        return app;
    }
}

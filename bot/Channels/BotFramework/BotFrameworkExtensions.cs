using Assistant.Bot.Channels.BotFramework.Authentication;
using Assistant.Bot.Channels.BotFramework.Connector;
using Assistant.Bot.Channels.BotFramework.Inbound;
using Assistant.Bot.Channels.Activities.Rendering;
using Assistant.Bot.Conversations;
using Assistant.Bot.Handoff.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>Registers and maps the Bot Framework channel (Teams and other Bot Connector channels).</summary>
public static class BotFrameworkExtensions
{
    /// <summary>The messaging endpoint path.</summary>
    public const string MessagesPath = "/api/messages";

    /// <summary>Options, token validation, the Connector client (with MSAL tokens and standard resilience) and the messenger.</summary>
    public static WebApplicationBuilder AddBotFrameworkChannel(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BotFrameworkOptions>()
            .BindConfiguration(BotFrameworkOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ActivityRenderer>();
        services.AddSingleton<TrustedServiceUrls>();

        services.AddHttpClient<OpenIdKeyCache>().AddStandardResilienceHandler();
        services.AddSingleton<BotFrameworkTokenValidator>();
        services.AddHttpClient(MsalConnectorTokenProvider.HttpClientName).AddStandardResilienceHandler();
        services.AddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.AddHttpClient<ConnectorClient>().AddStandardResilienceHandler();
        services.AddSingleton<MessagesEndpoint>();
        // A factory, so start-up validation does not demand IConversationStore before the store feature registers it.
        services.AddTransient<IConversationMessenger>(provider => ActivatorUtilities.CreateInstance<BotConnectorMessenger>(provider));
        // Officers' Teams channel: case cards with a Claim button when configured; otherwise the queue notifier's log.
        services.AddOptions<TeamsOfficerChannelOptions>()
            .BindConfiguration(TeamsOfficerChannelOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOfficerChannelOptions>, OfficerChannelBranchesValidator>();
        services.AddSingleton<IOfficerNotifier, TeamsOfficerNotifier>();
        return builder;
    }

    /// <summary><c>POST /api/messages</c>, and <c>HEAD</c> answering 200 for the Agents Playground's probe; other methods get 405.</summary>
    public static WebApplication MapBotFramework(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsUnauthenticated)
            BotFrameworkLog.Unauthenticated(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotFrameworkExtensions).FullName!));
        app.MapPost(MessagesPath, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapMethods(MessagesPath, [HttpMethods.Head], () => Results.Ok());
        return app;
    }
}

using Assistant.Bot.Channels.Activities.Rendering;
using Assistant.Bot.Conversations;
using Assistant.Bot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>Registers and maps our Direct Line 3.0 endpoint and the Web Chat page.</summary>
public static class DirectLineExtensions
{
    /// <summary>Where Direct Line clients point their <c>domain</c>.</summary>
    public const string BasePath = "/v3/directline";

    /// <summary>Where the page gets its token.</summary>
    public const string TokenPath = "/api/webchat/token";

    /// <summary>The folder beside the binaries holding the page and Web Chat's bundle (copied there by Bot.csproj).</summary>
    public static string WebChatFolder => Path.Combine(AppContext.BaseDirectory, "webchat");

    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ActivityRenderer>();
        services.AddStoreSchema<DirectLineSchema>();
        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<ConversationStreams>();
        services.AddSingleton<DirectLineChannel>();
        services.AddSingleton<DirectLineApi>();
        services.AddSingleton<DirectLineStream>();
        services.AddSingleton<WebChatTokenEndpoint>();
        services.AddTransient<IConversationMessenger>(provider => ActivatorUtilities.CreateInstance<DirectLineMessenger>(provider));
        services.AddHostedService<DirectLineRetention>();
        services.AddSingleton<DirectLineWakeups>();
        services.AddHostedService(provider => provider.GetRequiredService<DirectLineWakeups>());
        return builder;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        var folder = WebChatFolder;
        if (Directory.Exists(folder))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = "/webchat" });
        app.MapGet("/", () => File.Exists(Path.Combine(folder, "index.html"))
            ? Results.File(Path.Combine(folder, "index.html"), "text/html; charset=utf-8")
            : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "The web chat page is not built (bot/WebChat)."));
        app.MapPost(TokenPath, (HttpContext context, WebChatTokenEndpoint endpoint) => endpoint.HandleAsync(context));

        var api = app.MapGroup(BasePath);
        api.MapPost("/tokens/generate", (HttpContext context, DirectLineApi endpoint) => endpoint.GenerateAsync(context));
        api.MapPost("/tokens/refresh", (HttpContext context, DirectLineApi endpoint) => endpoint.Refresh(context));
        api.MapPost("/conversations", (HttpContext context, DirectLineApi endpoint) => endpoint.StartAsync(context));
        api.MapGet("/conversations/{conversationId}", (HttpContext context, string conversationId, DirectLineApi endpoint) => endpoint.ReconnectAsync(context, conversationId));
        api.MapPost("/conversations/{conversationId}/activities", (HttpContext context, string conversationId, DirectLineApi endpoint) => endpoint.PostActivityAsync(context, conversationId));
        api.MapGet("/conversations/{conversationId}/activities", (HttpContext context, string conversationId, DirectLineApi endpoint) => endpoint.GetActivitiesAsync(context, conversationId));
        api.MapGet("/conversations/{conversationId}/stream", (HttpContext context, string conversationId, DirectLineStream endpoint) => endpoint.HandleAsync(context, conversationId));
        return app;
    }
}

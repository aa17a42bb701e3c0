using System.Net.Http.Json;
using Assistant.Bot.Conversations;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Outbox;
using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Assistant.Bot.Policy;

namespace Assistant.Bot.Tests.Handoff.Support;

/// <summary>
/// The real bot in process with the shipped sample grid and its Development officer passwords, its SQLite file at the given path
/// (so a second app can "restart" on it), a recording messenger and notifier.
/// </summary>
public sealed class HandoffApp : IAsyncDisposable
{
    private readonly BotFactory _bot;
    private readonly WebApplicationFactory<Program> _factory;

    public HandoffApp(string databasePath, TimeProvider? time = null, Dictionary<string, string?>? settings = null)
    {
        DatabasePath = databasePath;
        var all = new Dictionary<string, string?>
        {
            ["Knowledge:BuildWhenMissing"] = "false",
            ["Storage:ConnectionString"] = "Data Source=" + databasePath,
        };
        foreach (var (key, value) in settings ?? [])
            all[key] = value;
        _bot = new BotFactory(all);
        _factory = _bot.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConversationMessenger>();
            services.AddSingleton<IConversationMessenger>(Messenger);
            services.AddSingleton<IOfficerNotifier>(Notifier);
            if (time is not null)
                services.AddSingleton(time);
        }));
    }

    public string DatabasePath { get; }
    public RecordingMessenger Messenger { get; } = new();
    public RecordingNotifier Notifier { get; } = new();
    public IServiceProvider Services => _factory.Services;

    /// <summary>A client with no officer signed in.</summary>
    public HttpClient Anonymous() => _factory.CreateClient();

    /// <summary>A client signed in as <paramref name="officerId"/> with the documented dev password.</summary>
    public async Task<HttpClient> SignInAsync(string officerId)
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/officer/login", new { id = officerId, password = SampleGrid.Password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Opens a case as the turn logic would, for a webchat conversation of <paramref name="orgUnit"/>.</summary>
    public Task<HandoffCase> OpenAsync(string conversation, string? orgUnit, bool anonymous, string? question = null) =>
        OpenAsync(Services, conversation, orgUnit, anonymous, question);

    /// <summary>Opens a case in the bot of <paramref name="services"/> as the turn logic would.</summary>
    public static Task<HandoffCase> OpenAsync(IServiceProvider services, string conversation, string? orgUnit, bool anonymous, string? question = null)
    {
        var address = new ConversationAddress("webchat", conversation);
        var message = new IncomingMessage(address, IncomingKind.Message, "user-8842", "张伟", "转人工", null, "zh-CN", DateTimeOffset.UtcNow, "a-1", orgUnit);
        var state = new ConversationState(address, "zh", question, question is null ? [] : ["劳动合同法#第四十七条"], 0, null, DateTimeOffset.UtcNow);
        return services.GetRequiredService<CaseService>().OpenAsync(message, state, HandoffReason.Requested, anonymous, CancellationToken.None);
    }

    /// <summary>An employee message in <paramref name="conversation"/> through the real turn handler.</summary>
    public Task<TurnResult> EmployeeSaysAsync(string conversation, string text) =>
        Services.GetRequiredService<ITurnHandler>().HandleAsync(
            new IncomingMessage(new ConversationAddress("webchat", conversation), IncomingKind.Message, "user-8842", "张伟", text, null, "zh-CN", DateTimeOffset.UtcNow, "a-2"),
            CancellationToken.None);

    public Task DispatchAsync() => Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _bot.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

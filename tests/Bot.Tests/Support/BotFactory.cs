using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Assistant.Bot.Tests.Support;

/// <summary>The real bot in process, with its index in a fresh temp folder and settings given per test.</summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly LogCapture? _logs;
    // Null when the caller gave the folder. Not created here: the bot creates its data folder.
    private readonly TempFolder? _ownDataFolder;

    /// <param name="settings">Settings over the defaults.</param>
    /// <param name="dataFolder">An existing data folder to reuse (a restart); the caller deletes it. Null: a fresh one, deleted on dispose.</param>
    /// <param name="logs">Receives the bot's log entries, besides its usual loggers.</param>
    public BotFactory(Dictionary<string, string?>? settings = null, string? dataFolder = null, LogCapture? logs = null)
    {
        _logs = logs;
        if (dataFolder is null)
        {
            _ownDataFolder = new TempFolder(create: false);
            dataFolder = _ownDataFolder.Path;
        }

        DataFolder = dataFolder;
        _settings = new Dictionary<string, string?>
        {
            ["Knowledge:IndexPath"] = Path.Combine(DataFolder, "index"),
            ["Storage:ConnectionString"] = "Data Source=" + Path.Combine(DataFolder, "assistant.db"),
        };
        foreach (var (key, value) in settings ?? [])
            _settings[key] = value;
    }

    public string DataFolder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        if (_logs is not null)
            builder.ConfigureLogging(logging => logging.AddProvider(_logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _ownDataFolder?.Dispose();
    }
}

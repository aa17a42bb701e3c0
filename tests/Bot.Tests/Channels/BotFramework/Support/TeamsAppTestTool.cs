using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>
/// Microsoft's Teams App Test Tool (npm @microsoft/teams-app-test-tool 0.2.28) run as a child process: it plays Teams
/// and the Bot Connector for a bot at <c>endpoint</c>. Stopped by its PID on dispose.
/// </summary>
public sealed class TeamsAppTestTool : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private TeamsAppTestTool(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(15) };
    }

    public int Port { get; }

    public HttpClient Http { get; }

    public string LogFile => Path.Combine(_folder, "playground.log");

    /// <summary>The Connector address the tool gives the bot as <c>serviceUrl</c>.</summary>
    public string ServiceUrl => $"http://localhost:{Port}/_connector";

    public static async Task<TeamsAppTestTool> StartAsync(string endpoint)
    {
        await NodeTools.EnsureInstalledAsync();
        var folder = Path.Combine(Path.GetTempPath(), "teams-app-test-tool", Guid.NewGuid().ToString("N"));
        var shims = Path.Combine(folder, "bin");
        Directory.CreateDirectory(shims);
        // It opens a browser with xdg-open at start and dies when that is missing: give it a no-op one.
        var shim = Path.Combine(shims, "xdg-open");
        await File.WriteAllTextAsync(shim, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine(NodeTools.ConformanceFolder, "node_modules", "@microsoft", "teams-app-test-tool", "cli.js"),
                     "start", "-e", endpoint, "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry",
                 })
            start.ArgumentList.Add(argument);
        start.Environment["PATH"] = shims + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(folder, "playground.log");
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("Listening on", StringComparison.Ordinal) == true)
                listening.TrySetResult();
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var tool = new TeamsAppTestTool(process, folder, port);
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(20));
        return tool;
    }

    /// <summary>The tool's mock Teams: the personal chat (new each start), the bot account and the first team channel.</summary>
    /// <remarks>
    /// <c>/_internal/v1/config</c> waits until the bot's endpoint answers; with <paramref name="beforeBotStarts"/>,
    /// <c>/_internal/v1/testConfig</c> gives the same without waiting, for a bot that must be configured with it.
    /// </remarks>
    public async Task<TestToolConfig> ReadConfigAsync(bool beforeBotStarts = false)
    {
        var path = beforeBotStarts ? "/_internal/v1/testConfig" : "/_internal/v1/config";
        using var config = JsonDocument.Parse(await Http.GetStringAsync(new Uri(path, UriKind.Relative)));
        var settings = config.RootElement.GetProperty("config");
        var bot = settings.GetProperty("bot");
        return new TestToolConfig(
            settings.GetProperty("personalChat").GetProperty("id").GetString()!,
            bot.GetProperty("id").GetString()!,
            bot.GetProperty("name").GetString()!,
            settings.GetProperty("teams")[0].GetProperty("channels")[0].GetProperty("id").GetString()!,
            settings.GetProperty("tenantId").GetString()!);
    }

    /// <summary>
    /// Waits until the tool's log shows an activity the bot sent (the tool logs each Connector call it receives,
    /// <c>"from":"User Application"</c>) matching <paramref name="match"/>. The log is the only record it keeps offline.
    /// </summary>
    public async Task<JsonElement> WaitForBotActivityAsync(Func<JsonElement, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            foreach (var activity in BotActivities())
            {
                if (match(activity))
                    return activity;
            }

            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The bot's activity never reached the Teams App Test Tool. Log:\n" + ReadLog());
            await Task.Delay(50);
        }
    }

    /// <summary>Every activity the bot sent to the tool's Connector, in log order.</summary>
    public IReadOnlyList<JsonElement> BotActivities() => [.. BotMessages().Select(m => m.Activity)];

    /// <summary>The tool's id of the bot's message matching <paramref name="match"/> (a card's id, for a submit's replyToId).</summary>
    public async Task<string> WaitForBotMessageIdAsync(Func<JsonElement, bool> match)
    {
        var activity = await WaitForBotActivityAsync(match);
        return BotMessages().Last(m => m.Activity.GetRawText() == activity.GetRawText()).MessageId;
    }

    private IEnumerable<(string MessageId, JsonElement Activity)> BotMessages()
    {
        foreach (var entry in LogEntries("{\"logAction\":\"appendLog\""))
        {
            var log = entry.GetProperty("log");
            if (log.TryGetProperty("from", out var from) && from.GetString() == "User Application"
                && log.TryGetProperty("request", out var request) && request.TryGetProperty("body", out var body))
                yield return (log.TryGetProperty("messageId", out var id) ? id.GetString() ?? string.Empty : string.Empty, body);
        }
    }

    /// <summary>
    /// Waits until the tool applied an update of one of its messages (the bot's <c>PUT …/activities/{id}</c>): the tool
    /// pushes <c>{"action":"updateMessage","message":{messageId, attachments…}}</c> to its UI and logs it.
    /// </summary>
    public async Task<JsonElement> WaitForUpdatedMessageAsync(Func<JsonElement, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            foreach (var update in LogEntries("{\"action\":\"updateMessage\""))
            {
                if (match(update.GetProperty("message")))
                    return update.GetProperty("message");
            }

            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The Teams App Test Tool never updated the message. Log:\n" + ReadLog());
            await Task.Delay(50);
        }
    }

    private IEnumerable<JsonElement> LogEntries(string marker)
    {
        foreach (var line in ReadLog().Split('\n'))
        {
            var start = line.IndexOf(marker, StringComparison.Ordinal);
            if (start < 0)
                continue;
            using var entry = JsonDocument.Parse(line[start..]);
            yield return entry.RootElement.Clone();
        }
    }

    private string ReadLog()
    {
        if (!File.Exists(LogFile))
            return string.Empty;
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The parts of the Test Tool's configuration the tests address.</summary>
public sealed record TestToolConfig(string PersonalChatId, string BotId, string BotName, string ChannelId, string TenantId);

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
    public async Task<TestToolConfig> ReadConfigAsync()
    {
        using var config = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/_internal/v1/config", UriKind.Relative)));
        var settings = config.RootElement.GetProperty("config");
        var bot = settings.GetProperty("bot");
        return new TestToolConfig(
            settings.GetProperty("personalChat").GetProperty("id").GetString()!,
            bot.GetProperty("id").GetString()!,
            bot.GetProperty("name").GetString()!,
            settings.GetProperty("teams")[0].GetProperty("channels")[0].GetProperty("id").GetString()!);
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
    public IReadOnlyList<JsonElement> BotActivities()
    {
        var activities = new List<JsonElement>();
        foreach (var line in ReadLog().Split('\n'))
        {
            var start = line.IndexOf("{\"logAction\":\"appendLog\"", StringComparison.Ordinal);
            if (start < 0 || !line.Contains("\"from\":\"User Application\"", StringComparison.Ordinal))
                continue;
            using var entry = JsonDocument.Parse(line[start..]);
            if (entry.RootElement.GetProperty("log").TryGetProperty("request", out var request) && request.TryGetProperty("body", out var body))
                activities.Add(body.Clone());
        }

        return activities;
    }

    private string ReadLog()
    {
        if (!File.Exists(LogFile))
            return string.Empty;
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static int FreePort()
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
public sealed record TestToolConfig(string PersonalChatId, string BotId, string BotName, string ChannelId);

using System.Diagnostics;

namespace Assistant.Bot.Tests.Support;

/// <summary>
/// Runs the real bot as its own process with the given settings (as environment variables) — for what only a real
/// start shows, such as refusing bad settings, or several instances sharing one database. (WebApplicationFactory
/// races with a host that fails while starting.)
/// </summary>
public static class BotProcess
{
    /// <summary>
    /// Starts the bot on a loopback port the system chooses and returns once Kestrel listens; the caller stops it by
    /// disposing. A bot that exits or does not listen within <paramref name="timeout"/> fails the start with its output.
    /// </summary>
    public static async Task<RunningBot> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan timeout)
    {
        var (start, data) = Prepare(settings);
        var bot = new RunningBot(Process.Start(start)!, data);
        try
        {
            await bot.WaitUntilListeningAsync(timeout);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the bot and waits for it to exit; a bot still running after <paramref name="timeout"/> is killed and reported with exit code null.</summary>
    public static async Task<(int? ExitCode, string Output)> RunUntilExitAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan timeout)
    {
        var (start, data) = Prepare(settings);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        int? exitCode;
        try
        {
            await process.WaitForExitAsync(limit.Token);
            exitCode = process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            exitCode = null;
        }
        var text = await output + await error;
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
        }
        return (exitCode, text);
    }

    private static (ProcessStartInfo Start, string DataFolder) Prepare(IReadOnlyDictionary<string, string?> settings)
    {
        var data = Path.Combine(Path.GetTempPath(), "assistant-bot-process", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var start = new ProcessStartInfo("dotnet")
        {
            // The shipped settings beside the binaries (the sample grid, its Development officer passwords), as deployed.
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Assistant.Bot.dll"), "--contentRoot", AppContext.BaseDirectory },
            WorkingDirectory = data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Knowledge__IndexPath"] = Path.Combine(data, "index");
        start.Environment["Knowledge__BuildWhenMissing"] = "false";
        start.Environment["Storage__ConnectionString"] = "Data Source=" + Path.Combine(data, "assistant.db");
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return (start, data);
    }
}

using System.Diagnostics;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>Runs the committed Node scripts in tests/Bot.Tests/Conformance, installing the pinned packages first when missing.</summary>
public static class NodeTools
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string ConformanceFolder { get; } = FindConformanceFolder();

    public static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(ConformanceFolder, "node_modules", "botframework-connector"))
                && Directory.Exists(Path.Combine(ConformanceFolder, "node_modules", "@microsoft", "teams-app-test-tool")))
                return;
            var (exit, _, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], null, TimeSpan.FromMinutes(3));
            if (exit != 0)
                throw new InvalidOperationException("npm ci failed: " + error);
        }
        finally
        {
            InstallGate.Release();
        }
    }

    public static async Task<(int Exit, string Output, string Error)> RunAsync(string file, IEnumerable<string> arguments, string? input, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = ConformanceFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
            await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string FindConformanceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Bot.Tests", "Conformance");
            if (File.Exists(Path.Combine(candidate, "package.json")))
                return candidate;
        }

        throw new DirectoryNotFoundException("tests/Bot.Tests/Conformance not found above " + AppContext.BaseDirectory);
    }
}

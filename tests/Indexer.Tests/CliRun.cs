using Spectre.Console;

namespace Assistant.Indexer.Tests;

/// <summary>Runs the indexer in process with captured output, as a shell would see it.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string LastLine => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();

    public static Task<CliRun> Invoke(params string[] args) => Invoke(new Dictionary<string, string>(), args);

    /// <summary>Runs with <paramref name="environment"/> as the only environment variables the indexer sees, so a
    /// variable set on the machine running the tests can't change what they measure.</summary>
    public static async Task<CliRun> Invoke(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
            Ansi = AnsiSupport.No,
        });
        var app = new IndexerApp(new IndexerConsole(console, error, output), new IndexerServices(TimeProvider.System, environment.GetValueOrDefault));
        var code = await app.RunAsync(args, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

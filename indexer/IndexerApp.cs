using System.CommandLine;
using Assistant.Indexer.Commands;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Indexing;

namespace Assistant.Indexer;

/// <summary>The indexer command line: parses, runs one command, and maps outcomes to exit codes (0 done, 1 failure, 2 bad arguments).</summary>
internal sealed class IndexerApp(IndexerConsole console, IndexerServices services)
{
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Loads laws and union rules into the labor-rights assistant's search index.")
        {
            new BuildCommand(console, services).Create(),
            new SearchCommand(console, services).Create(),
            new EvalCommand(console, services).Create(),
            new BenchCommand(console, services).Create(),
            new StatsCommand(console).Create(),
            new VerifyCommand(console, services).Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                await console.Error.WriteLineAsync(error.Message);
            await console.Error.WriteLineAsync("Run 'indexer --help' for usage.");
            return ExitCodes.BadArguments;
        }
        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = console.Raw,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (BadArgumentException e)
        {
            await console.Error.WriteLineAsync(e.Message);
            return ExitCodes.BadArguments;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("Cancelled; the previously published index is unchanged.");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IndexBuildException or EmbeddingServiceException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Failure;
        }
    }
}

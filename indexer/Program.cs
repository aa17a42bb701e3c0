using Assistant.Indexer;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
var console = new IndexerConsole(AnsiConsole.Console, Console.Error, Console.Out);
return await new IndexerApp(console, new IndexerServices(TimeProvider.System, Environment.GetEnvironmentVariable)).RunAsync(args, cancellation.Token);

using System.CommandLine;
using System.Text.Json;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Sources;
using Spectre.Console;

namespace Assistant.Indexer.Commands;

/// <summary><c>indexer build --source DIR [--source DIR…] --index DIR</c></summary>
internal sealed class BuildCommand(IndexerConsole console, IndexerServices services)
{
    public Command Create()
    {
        var sources = new Option<string[]>("--source")
        {
            Description = "Folder of .md, .txt, .html, .pdf, .docx and .jsonl files (repeatable)",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("build", "Read sources and publish a new index generation atomically") { sources, index, json };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            result.GetValue(sources) ?? [], result.GetValue(index)!, result.GetValue(json), cancellationToken)));
        return command;
    }

    private int Run(string[] sourceArgs, string indexPath, bool json, CancellationToken cancellationToken)
    {
        var roots = sourceArgs.Select(Path.GetFullPath).ToList();
        foreach (var root in roots.Where(r => !Directory.Exists(r)))
            throw new BadArgumentException($"--source: {root} does not exist or is not a folder.");

        var location = new IndexLocation(indexPath);
        using var analyzers = services.CreateAnalyzers();
        var indexer = new SourceIndexer(new DocumentLoader(), new IndexBuilder(analyzers, services.Time));
        SourceIndexResult result;
        if (json)
        {
            result = indexer.Build(roots, location, null, null, cancellationToken);
        }
        else
        {
            result = console.Out.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var reading = context.AddTask("Reading sources");
                    var indexing = context.AddTask("Indexing articles");
                    var loadProgress = new Progress<LoadProgress>(p =>
                    {
                        reading.MaxValue = Math.Max(1, p.FilesTotal);
                        reading.Value = p.FilesDone;
                    });
                    var articleProgress = new SynchronousProgress<int>(n => indexing.Increment(n));
                    var built = indexer.Build(roots, location, loadProgress, articleProgress, cancellationToken);
                    reading.Value = reading.MaxValue;
                    indexing.MaxValue = Math.Max(1, built.Build.Articles);
                    indexing.Value = indexing.MaxValue;
                    return built;
                });
        }

        foreach (var failure in result.Failures)
            console.Error.WriteLine($"skipped {failure.Path}: {failure.Reason}");
        var report = result.Build;
        if (json)
        {
            console.WriteRaw(JsonSerializer.Serialize(new BuildJson(
                report.Generation, result.Documents, report.Articles, result.Failures.Count, report.SizeBytes,
                Math.Round(report.Elapsed.TotalSeconds, 2)), IndexerJson.Context.BuildJson));
        }
        else
        {
            console.Out.MarkupLineInterpolated(
                $"Published [green]{report.Generation}[/]: {result.Documents} documents, {report.Articles} articles, {report.SizeBytes / 1024.0 / 1024.0:F1} MiB, {report.Elapsed.TotalSeconds:F1} s; {result.Failures.Count} files skipped.");
        }
        return ExitCodes.Done;
    }
}

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
        var list = new Option<bool>("--list")
        {
            Description = "Also list every document read: its title, kind, status and how many articles or sections it became",
        };
        var command = new Command("build", "Read sources and publish a new index generation atomically") { sources, index, json, list };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            result.GetValue(sources) ?? [], result.GetValue(index)!, result.GetValue(json), result.GetValue(list), cancellationToken)));
        return command;
    }

    private int Run(string[] sourceArgs, string indexPath, bool json, bool list, CancellationToken cancellationToken)
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
        var documents = result.Indexed.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        if (json)
        {
            console.WriteRaw(JsonSerializer.Serialize(new BuildJson(
                report.Generation, result.Documents, report.Articles, result.Failures.Count, report.SizeBytes,
                Math.Round(report.Elapsed.TotalSeconds, 2),
                list ? documents.Select(d => new DocumentJson(d.Id, d.Title, d.Kind.ToString(), d.Status.ToString(), d.Articles, d.Sections)).ToList() : null),
                IndexerJson.Context.BuildJson));
        }
        else
        {
            if (list)
                console.Out.Write(DocumentTable(documents));
            console.Out.MarkupLineInterpolated(
                $"Published [green]{report.Generation}[/]: {result.Documents} documents, {report.Articles} articles, {report.SizeBytes / 1024.0 / 1024.0:F1} MiB, {report.Elapsed.TotalSeconds:F1} s; {result.Failures.Count} files skipped.");
        }
        return ExitCodes.Done;
    }

    // One row per document, so whoever loads a union's files sees at a glance a rule that became one section or none.
    private static Table DocumentTable(IReadOnlyList<IndexedDocument> documents)
    {
        var table = new Table().AddColumns("Document", "Title", "Kind", "Status", "Articles", "Sections");
        foreach (var document in documents)
        {
            table.AddRow(
                Markup.Escape(document.Id), Markup.Escape(document.Title), document.Kind.ToString(), document.Status.ToString(),
                document.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture),
                document.Sections.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return table;
    }
}

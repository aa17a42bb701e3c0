using System.CommandLine;
using System.Text.Json;
using Assistant.Knowledge.Indexing;
using Assistant.Indexer.Ocr;
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
            Description = "Folder of .md, .txt, .html, .pdf, .docx, .doc, .wps, .rtf and .jsonl files (repeatable)",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var list = new Option<bool>("--list")
        {
            Description = "Also list every document read: its title, kind, status and how many articles or sections it became",
        };
        var ocrModels = new Option<string?>("--ocr-models")
        {
            Description = "Folder of the OCR models that read scanned PDF pages (default: ocr-models beside the indexer)",
        };
        var noOcr = new Option<bool>("--no-ocr") { Description = "Report scanned PDFs instead of reading them with OCR" };
        var command = new Command("build", "Read sources and publish a new index generation atomically") { sources, index, json, list, ocrModels, noOcr };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            result.GetValue(sources) ?? [], result.GetValue(index)!, result.GetValue(json), result.GetValue(list),
            result.GetValue(noOcr) ? null : OcrFolder(result.GetValue(ocrModels)), cancellationToken)));
        return command;
    }

    // An explicit folder must hold models that load; the default one is used when the build copied the models there.
    private static OcrChoice? OcrFolder(string? folder)
    {
        var (models, missing) = OcrModels.In(Path.GetFullPath(folder ?? OcrModels.DefaultFolder));
        if (models is null && folder is not null)
            throw new BadArgumentException($"--ocr-models: {Path.GetFullPath(folder)} lacks {string.Join(", ", missing)}.");
        return models is null ? null : new OcrChoice(models, Explicit: folder is not null);
    }

    private sealed record OcrChoice(OcrModels Models, bool Explicit);

    private int Run(string[] sourceArgs, string indexPath, bool json, bool list, OcrChoice? ocr, CancellationToken cancellationToken)
    {
        var roots = sourceArgs.Select(Path.GetFullPath).ToList();
        foreach (var root in roots.Where(r => !Directory.Exists(r)))
            throw new BadArgumentException($"--source: {root} does not exist or is not a folder.");

        var location = new IndexLocation(indexPath);
        using var analyzers = services.CreateAnalyzers();
        using var scans = ocr is null ? null : new PaddleScanRecognizer(ocr.Models);
        if (scans is not null && ocr!.Explicit)
        {
            try
            {
                scans.Load();
            }
            catch (Microsoft.ML.OnnxRuntime.OnnxRuntimeException exception)
            {
                throw new BadArgumentException($"--ocr-models: {Path.GetDirectoryName(ocr.Models.Detection)} holds a file ONNX Runtime cannot load as a model ({exception.Message.Split('\n')[0]}).");
            }
        }
        var loader = scans is null ? new DocumentLoader() : new DocumentLoader(scans);
        var indexer = new SourceIndexer(loader, new IndexBuilder(analyzers, services.Time));
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

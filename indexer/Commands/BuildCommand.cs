using System.CommandLine;
using System.Text.Json;
using Assistant.Indexer.Embeddings;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Indexing;
using Assistant.Indexer.Ocr;
using Assistant.Knowledge.Sources;
using Spectre.Console;

namespace Assistant.Indexer.Commands;

/// <summary><c>indexer build --source DIR [--source DIR…] --index DIR [--embeddings URL --embeddings-model NAME
/// [--embeddings-batch 32] [--embeddings-max-chars 512]]</c></summary>
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
        var strictCitations = new Option<bool>("--strict-citations")
        {
            Description = "Fail the build when a guide cites an article key that no source holds (reported either way)",
        };
        var embeddings = CommonOptions.Embeddings();
        var batch = new Option<int>("--embeddings-batch")
        {
            Description = "Articles per request to the embedding service",
            DefaultValueFactory = _ => 32,
        };
        var maxChars = new Option<int>("--embeddings-max-chars")
        {
            Description = "Characters of each article embedded (title, label and chapter first); keep within the model's context",
            DefaultValueFactory = _ => 512,
        };
        var command = new Command("build", "Read sources and publish a new index generation atomically") { sources, index, json, list, ocrModels, noOcr, strictCitations };
        embeddings.AddTo(command);
        command.Options.Add(batch);
        command.Options.Add(maxChars);
        command.SetAction((result, cancellationToken) =>
        {
            var service = embeddings.Read(result, services.EmbeddingsApiKey);
            var embedding = EmbeddingChoice(result, service, batch, maxChars);
            return Task.FromResult(Run(
                result.GetValue(sources) ?? [], result.GetValue(index)!, result.GetValue(json), result.GetValue(list),
                result.GetValue(noOcr) ? null : OcrFolder(result.GetValue(ocrModels)), embedding, result.GetValue(strictCitations), cancellationToken));
        });
        return command;
    }

    private sealed record Embedding(EmbeddingServiceOptions Service, int BatchSize, int MaxInputCharacters);

    private static Embedding? EmbeddingChoice(ParseResult result, EmbeddingServiceOptions? service, Option<int> batch, Option<int> maxChars)
    {
        if (service is null)
        {
            if (new[] { batch, maxChars }.FirstOrDefault(o => EmbeddingOptions.IsGiven(result, o)) is { } stray)
                throw new BadArgumentException($"{stray.Name}: needs --embeddings URL, the embedding service's base address.");
            return null;
        }
        // OpenAI takes at most 2,048 inputs a request.
        var size = result.GetValue(batch);
        if (size is < 1 or > 2048)
            throw new BadArgumentException($"{batch.Name}: {size} is outside 1–2048.");
        // Fewer than 16 characters would not even hold an article's title; no model's context reaches 100,000.
        var characters = result.GetValue(maxChars);
        if (characters is < 16 or > 100_000)
            throw new BadArgumentException($"{maxChars.Name}: {characters} is outside 16–100000.");
        return new Embedding(service, size, characters);
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

    private int Run(
        string[] sourceArgs, string indexPath, bool json, bool list, OcrChoice? ocr, Embedding? embedding, bool strictCitations,
        CancellationToken cancellationToken)
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
        using var client = embedding is null ? null : services.CreateEmbeddingClient(embedding.Service);
        var embedder = client is null
            ? null
            : new ArticleEmbedder(client.Embedder, location.Root, embedding!.BatchSize, embedding.MaxInputCharacters);
        SourceIndexResult result;
        if (json)
        {
            result = indexer.Build(roots, location, null, null, cancellationToken, embedder, requireResolvedCitations: strictCitations);
        }
        else
        {
            result = console.Out.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var reading = context.AddTask("Reading sources");
                    var indexing = context.AddTask("Indexing articles");
                    // Started when the first article is embedded, so its clock shows the model's time alone.
                    var embeddingTask = embedder is null ? null : context.AddTask("Embedding articles", autoStart: false);
                    var loadProgress = new Progress<LoadProgress>(p =>
                    {
                        reading.MaxValue = Math.Max(1, p.FilesTotal);
                        reading.Value = p.FilesDone;
                    });
                    var indexed = 0;
                    var articleProgress = new SynchronousProgress<int>(n =>
                    {
                        indexed += n;
                        indexing.Increment(n);
                    });
                    // Every article is written before the first is embedded, so the articles indexed are the total.
                    var embeddingProgress = embeddingTask is null ? null : new SynchronousProgress<int>(n =>
                    {
                        if (!embeddingTask.IsStarted)
                            embeddingTask.StartTask();
                        indexing.MaxValue = indexing.Value = Math.Max(1, indexed);
                        embeddingTask.MaxValue = Math.Max(1, indexed);
                        embeddingTask.Increment(n);
                    });
                    var built = indexer.Build(
                        roots, location, loadProgress, articleProgress, cancellationToken, embedder, embeddingProgress, strictCitations);
                    reading.Value = reading.MaxValue;
                    foreach (var task in new[] { indexing, embeddingTask }.OfType<ProgressTask>())
                    {
                        task.MaxValue = Math.Max(1, built.Build.Articles);
                        task.Value = task.MaxValue;
                    }
                    return built;
                });
        }

        foreach (var failure in result.Failures)
            console.Error.WriteLine($"skipped {failure.Path}: {failure.Reason}");
        foreach (var citation in result.UnresolvedCitations)
            console.Error.WriteLine($"unresolved citation: {citation}");
        var report = result.Build;
        var documents = result.Indexed.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        if (json)
        {
            console.WriteRaw(JsonSerializer.Serialize(new BuildJson(
                report.Generation, result.Documents, report.Articles, result.Failures.Count, report.SizeBytes,
                Math.Round(report.Elapsed.TotalSeconds, 2),
                list ? documents.Select(d => new DocumentJson(d.Id, d.Title, d.Kind.ToString(), d.Status.ToString(), d.Articles, d.Sections)).ToList() : null,
                EmbeddingsJson.Of(report.Embeddings),
                result.UnresolvedCitations.Select(c => c.ToString()).ToList()),
                IndexerJson.Context.BuildJson));
        }
        else
        {
            if (list)
                console.Out.Write(DocumentTable(documents));
            console.Out.MarkupLineInterpolated(
                $"Published [green]{report.Generation}[/]: {result.Documents} documents, {report.Articles} articles, {report.SizeBytes / 1024.0 / 1024.0:F1} MiB, {report.Elapsed.TotalSeconds:F1} s; {result.Failures.Count} files skipped.");
            if (result.UnresolvedCitations.Count > 0)
            {
                console.Out.MarkupLineInterpolated(
                    $"[yellow]{result.UnresolvedCitations.Count} guide citation(s)[/] name no article of the sources (listed above): those sections' law can't be shown.");
            }
            if (report.Embeddings is { } vectors)
            {
                console.Out.MarkupLineInterpolated(
                    $"Vectors of [green]{vectors.Model}[/] ({vectors.Dimensions} dimensions, first {vectors.MaxInputCharacters} characters of each article): {vectors.Embedded} articles embedded, {vectors.Reused} from the cache in {Path.Combine(location.Root, EmbeddingCache.FolderName)}.");
            }
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

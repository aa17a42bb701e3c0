using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Assistant.Indexer.Embeddings;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Evaluation;
using Assistant.Knowledge.Search;
using Spectre.Console;

namespace Assistant.Indexer.Commands;

/// <summary><c>indexer eval --index DIR --qrels FILE [--k 1,5,10,100] [--json] [--misses FILE] [--plot FILE.png]
/// [--expansions FILE] [--embeddings URL --embeddings-model NAME]</c></summary>
internal sealed class EvalCommand(IndexerConsole console, IndexerServices services)
{
    public Command Create()
    {
        var index = CommonOptions.Index();
        var qrels = new Option<string>("--qrels") { Description = "JSON Lines: id, query, relevant (article keys), labor", Required = true };
        var k = new Option<string>("--k") { Description = "Recall cut-offs, comma-separated", DefaultValueFactory = _ => "1,5,10,100" };
        var json = CommonOptions.Json();
        var misses = new Option<string?>("--misses") { Description = "Write the questions with no relevant article in the top 10 to this JSON Lines file" };
        var plot = new Option<string?>("--plot") { Description = "Draw recall@k to this PNG file" };
        var expansions = new Option<string?>("--expansions")
        {
            Description = "JSON Lines: id, expansion: words written for each question (as a deployed model would), searched with it",
        };
        var embeddings = CommonOptions.Embeddings();
        var weight = new Option<float?>("--embeddings-weight")
        {
            Description = $"Share of the vector similarity in the ranking, 0 to 1 (default {RankingOptions.Default.DenseWeight}): " +
                          "measure a few on the union's own model before choosing one",
        };
        var command = new Command("eval", "Score retrieval against relevance judgments") { index, qrels, k, json, misses, plot, expansions, weight };
        embeddings.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var service = embeddings.Read(result, services.EmbeddingsApiKey);
            var ranking = RankingOptions.Default;
            if (result.GetValue(weight) is { } share)
            {
                if (service is null)
                    throw new BadArgumentException("--embeddings-weight: needs --embeddings URL, the embedding service's base address.");
                if (share is < 0 or > 1 || float.IsNaN(share))
                    throw new BadArgumentException($"--embeddings-weight: {share.ToString(CultureInfo.InvariantCulture)} is not between 0 and 1.");
                ranking = ranking with { DenseWeight = share };
            }
            return RunAsync(
                result.GetValue(index)!, result.GetValue(qrels)!, result.GetValue(k)!, result.GetValue(json),
                result.GetValue(misses), result.GetValue(plot), result.GetValue(expansions), service, ranking, cancellationToken);
        });
        return command;
    }

    internal static IReadOnlyList<int> ParseCutoffs(string text)
    {
        var cutoffs = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 1000)
                throw new BadArgumentException($"--k: '{part}' is not a cut-off between 1 and 1000 (expected e.g. 1,5,10,100).");
            if (!cutoffs.Contains(value))
                cutoffs.Add(value);
        }
        if (cutoffs.Count == 0)
            throw new BadArgumentException("--k: no cut-off given (expected e.g. 1,5,10,100).");
        cutoffs.Sort();
        return cutoffs;
    }

    private async Task<int> RunAsync(
        string indexPath, string qrelsPath, string k, bool json, string? missesPath, string? plotPath, string? expansionsPath,
        EmbeddingServiceOptions? embeddings, RankingOptions ranking, CancellationToken cancellationToken)
    {
        var cutoffs = ParseCutoffs(k);
        var location = CommonOptions.ExistingIndex(indexPath);
        var qrelsFile = CommonOptions.ExistingFile("--qrels", qrelsPath);
        if (plotPath is not null && !plotPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            throw new BadArgumentException($"--plot: {plotPath} must be a .png file.");
        IReadOnlyList<QrelsQuery> queries;
        try
        {
            queries = new QrelsReader().Read(qrelsFile);
        }
        catch (FormatException e)
        {
            throw new BadArgumentException($"--qrels: {e.Message}");
        }
        if (queries.Count == 0)
            throw new BadArgumentException($"--qrels: {qrelsFile} holds no questions.");
        var expansions = expansionsPath is null ? null : ReadExpansions(expansionsPath, queries);
        var expanded = expansions is null ? (int?)null : queries.Count(q => expansions.ContainsKey(q.Id));

        using var analyzers = services.CreateAnalyzers();
        using var searcher = services.OpenSearcher(location, analyzers, ranking);
        EvaluationReport report;
        if (embeddings is null)
        {
            report = new Evaluator(searcher).Evaluate(queries, cutoffs, null, cancellationToken, expansions);
        }
        else
        {
            using var client = services.CreateEmbeddingClient(embeddings);
            var questions = new QuestionVectors(client.Embedder);
            var dimensions = questions.CheckIndex(searcher, location);
            var vectors = await questions.EmbedAsync([.. queries.Select(q => q.Query)], dimensions, cancellationToken);
            report = new Evaluator(searcher).Evaluate(queries, cutoffs, null, cancellationToken, expansions, vectors);
        }

        if (missesPath is not null)
            WriteMisses(missesPath, report);
        if (plotPath is not null)
            new RecallPlot().Save(plotPath, Path.GetFileName(qrelsFile), report, cutoffs);

        if (!json)
        {
            var table = new Table().AddColumn("Set").AddColumn("Queries");
            foreach (var cutoff in cutoffs)
                table.AddColumn($"R@{cutoff}");
            table.AddColumn("MRR@10");
            AddRow(table, "all", report.All, cutoffs);
            if (report.Labor.Queries > 0)
                AddRow(table, "labor", report.Labor, cutoffs);
            console.Out.Write(table);
            var support = new Table().AddColumn("Support verdict").AddColumn("Queries")
                .AddColumn($"with a relevant article in the top {SupportCalibration.Depth}");
            foreach (var verdict in report.Support)
                support.AddRow(verdict.Level.ToString(), verdict.Queries.ToString(CultureInfo.InvariantCulture),
                    $"{verdict.RelevantShown.ToString(CultureInfo.InvariantCulture)} ({verdict.Precision.ToString("P0", CultureInfo.InvariantCulture)})");
            console.Out.Write(support);
            if (expanded is { } count)
                console.Out.MarkupLineInterpolated($"Searched {count} of {queries.Count} questions with an expansion.");
            if (embeddings is not null)
                console.Out.MarkupLineInterpolated($"Searched every question with its vector from [green]{embeddings.Model}[/].");
        }
        console.WriteRaw(ToJson(report, cutoffs, expanded, embeddings?.Model));
        return ExitCodes.Done;
    }

    private static void AddRow(Table table, string name, EvaluationScores scores, IReadOnlyList<int> cutoffs)
    {
        var cells = new List<string> { name, scores.Queries.ToString(CultureInfo.InvariantCulture) };
        cells.AddRange(cutoffs.Select(c => scores.RecallAt[c].ToString("F3", CultureInfo.InvariantCulture)));
        cells.Add(scores.Mrr10.ToString("F3", CultureInfo.InvariantCulture));
        table.AddRow(cells.ToArray());
    }

    private static IReadOnlyDictionary<string, string> ReadExpansions(string path, IReadOnlyList<QrelsQuery> queries)
    {
        var file = CommonOptions.ExistingFile("--expansions", path);
        IReadOnlyDictionary<string, string> expansions;
        try
        {
            expansions = new ExpansionsReader().Read(file);
        }
        catch (FormatException e)
        {
            throw new BadArgumentException($"--expansions: {e.Message}");
        }
        // Expansions written for another data set would silently measure plain retrieval.
        if (!queries.Any(q => expansions.ContainsKey(q.Id)))
            throw new BadArgumentException($"--expansions: none of the {expansions.Count} ids in {file} is a question of the --qrels file.");
        return expansions;
    }

    internal static string ToJson(EvaluationReport report, IReadOnlyList<int> cutoffs, int? expanded = null, string? embeddingModel = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteScores(writer, report.All, cutoffs);
            if (expanded is { } count)
                writer.WriteNumber("expanded", count);
            // Scores are only comparable between runs with the same model: the line names it.
            if (embeddingModel is not null)
                writer.WriteString("embeddings", embeddingModel);
            writer.WriteStartObject("labor");
            WriteScores(writer, report.Labor, cutoffs);
            writer.WriteEndObject();
            writer.WriteStartObject("support");
            foreach (var verdict in report.Support)
            {
                writer.WriteStartObject(verdict.Level.ToString().ToLowerInvariant());
                writer.WriteNumber("queries", verdict.Queries);
                writer.WriteNumber($"relevant@{SupportCalibration.Depth}", verdict.RelevantShown);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteScores(Utf8JsonWriter writer, EvaluationScores scores, IReadOnlyList<int> cutoffs)
    {
        writer.WriteNumber("queries", scores.Queries);
        foreach (var cutoff in cutoffs)
            writer.WriteNumber($"recall@{cutoff}", Math.Round(scores.RecallAt[cutoff], 4));
        writer.WriteNumber("mrr@10", Math.Round(scores.Mrr10, 4));
    }

    private static void WriteMisses(string path, EvaluationReport report)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        using var file = File.Create(path);
        foreach (var outcome in report.Outcomes.Where(o => o.FirstRelevantRank is null or > 10))
        {
            using (var writer = new Utf8JsonWriter(file, options))
            {
                writer.WriteStartObject();
                writer.WriteString("id", outcome.Query.Id);
                writer.WriteString("query", outcome.Query.Query);
                writer.WriteStartArray("relevant");
                foreach (var key in outcome.Query.Relevant)
                    writer.WriteStringValue(key);
                writer.WriteEndArray();
                if (outcome.FirstRelevantRank is { } rank)
                    writer.WriteNumber("first_relevant_rank", rank);
                else
                    writer.WriteNull("first_relevant_rank");
                writer.WriteStartArray("top10");
                foreach (var key in outcome.Ranked.Take(10))
                    writer.WriteStringValue(key);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            file.WriteByte((byte)'\n');
        }
    }
}

using System.CommandLine;
using System.Text.Json;
using Assistant.Knowledge.Evaluation;
using Spectre.Console;

namespace Assistant.Indexer.Commands;

/// <summary><c>indexer bench --index DIR --qrels FILE [--threads N] [--seconds S] [--json]</c></summary>
internal sealed class BenchCommand(IndexerConsole console, IndexerServices services)
{
    public Command Create()
    {
        var index = CommonOptions.Index();
        var qrels = new Option<string>("--qrels") { Description = "Questions to replay (qrels JSON Lines)", Required = true };
        var threads = new Option<int>("--threads") { Description = "Concurrent searching threads", DefaultValueFactory = _ => 1 };
        var seconds = new Option<double>("--seconds") { Description = "How long to measure", DefaultValueFactory = _ => 10 };
        var k = new Option<int>("--k") { Description = "Hits per search", DefaultValueFactory = _ => 10 };
        var json = CommonOptions.Json();
        var command = new Command("bench", "Measure search latency and throughput") { index, qrels, threads, seconds, k, json };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            result.GetValue(index)!, result.GetValue(qrels)!, result.GetValue(threads), result.GetValue(seconds),
            result.GetValue(k), result.GetValue(json), cancellationToken)));
        return command;
    }

    private int Run(string indexPath, string qrelsPath, int threads, double seconds, int k, bool json, CancellationToken cancellationToken)
    {
        if (threads is < 1 or > 256)
            throw new BadArgumentException($"--threads: {threads} is outside 1–256.");
        if (seconds is <= 0 or > 3600)
            throw new BadArgumentException($"--seconds: {seconds} is outside (0, 3600].");
        if (k is < 1 or > 1000)
            throw new BadArgumentException($"--k: {k} is outside 1–1000.");
        var location = CommonOptions.ExistingIndex(indexPath);
        var file = CommonOptions.ExistingFile("--qrels", qrelsPath);
        IReadOnlyList<QrelsQuery> queries;
        try
        {
            queries = new QrelsReader().Read(file);
        }
        catch (FormatException e)
        {
            throw new BadArgumentException($"--qrels: {e.Message}");
        }
        if (queries.Count == 0)
            throw new BadArgumentException($"--qrels: {file} holds no questions.");

        using var analyzers = services.CreateAnalyzers();
        using var searcher = services.OpenSearcher(location, analyzers);
        var report = new LatencyBenchmark(searcher, services.Time)
            .Run(queries.Select(q => q.Query).ToList(), threads, TimeSpan.FromSeconds(seconds), k, cancellationToken);
        if (!json)
        {
            console.Out.MarkupLineInterpolated(
                $"{report.Searches} searches on {report.Threads} thread(s) in {report.Elapsed.TotalSeconds:F1} s: p50 {report.P50Milliseconds:F2} ms, p95 {report.P95Milliseconds:F2} ms, p99 {report.P99Milliseconds:F2} ms, {report.QueriesPerSecond:F0} queries/s");
        }
        console.WriteRaw(JsonSerializer.Serialize(new BenchJson(
            report.Threads, report.Searches, Math.Round(report.Elapsed.TotalSeconds, 2), Math.Round(report.P50Milliseconds, 3),
            Math.Round(report.P95Milliseconds, 3), Math.Round(report.P99Milliseconds, 3), Math.Round(report.QueriesPerSecond, 1)),
            IndexerJson.Context.BenchJson));
        return ExitCodes.Done;
    }
}

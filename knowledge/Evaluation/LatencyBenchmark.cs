using System.Diagnostics;
using Assistant.Knowledge.Search;

namespace Assistant.Knowledge.Evaluation;

/// <summary>Measures search latency and throughput by replaying questions from several threads for a fixed time.</summary>
public sealed class LatencyBenchmark
{
    private readonly KnowledgeSearcher _searcher;
    private readonly TimeProvider _time;

    /// <summary>Benchmarks the given searcher.</summary>
    public LatencyBenchmark(KnowledgeSearcher searcher, TimeProvider time)
    {
        _searcher = searcher;
        _time = time;
    }

    /// <summary>Warms up once over the questions, then replays them for <paramref name="duration"/> on <paramref name="threads"/> threads.</summary>
    public LatencyReport Run(IReadOnlyList<string> questions, int threads, TimeSpan duration, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(questions.Count);
        foreach (var question in questions)
            _searcher.Search(new SearchRequest(question, limit), cancellationToken);

        var perThread = new List<double>[threads];
        var started = _time.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * _time.TimestampFrequency);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var latencies = new List<double>(100_000);
            var next = t * 7919 % questions.Count;
            while (_time.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
            {
                var begin = _time.GetTimestamp();
                _searcher.Search(new SearchRequest(questions[next], limit), cancellationToken);
                latencies.Add(_time.GetElapsedTime(begin).TotalMilliseconds);
                next = (next + 1) % questions.Count;
            }
            perThread[t] = latencies;
        }) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        var elapsed = _time.GetElapsedTime(started);

        var all = perThread.SelectMany(l => l).Order().ToList();
        return new LatencyReport(
            threads,
            all.Count,
            elapsed,
            RetrievalMetrics.Percentile(all, 0.50),
            RetrievalMetrics.Percentile(all, 0.95),
            RetrievalMetrics.Percentile(all, 0.99),
            all.Count / elapsed.TotalSeconds);
    }
}

namespace Assistant.Knowledge.Evaluation;

/// <summary>Search latency measured under load.</summary>
/// <param name="Threads">Concurrent searching threads.</param>
/// <param name="Searches">Searches completed.</param>
/// <param name="Elapsed">Wall time of the measured run.</param>
/// <param name="P50Milliseconds">Median latency.</param>
/// <param name="P95Milliseconds">95th percentile latency.</param>
/// <param name="P99Milliseconds">99th percentile latency.</param>
/// <param name="QueriesPerSecond">Throughput over all threads.</param>
public sealed record LatencyReport(
    int Threads, int Searches, TimeSpan Elapsed, double P50Milliseconds, double P95Milliseconds, double P99Milliseconds, double QueriesPerSecond);

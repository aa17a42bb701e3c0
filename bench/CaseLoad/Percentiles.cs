using System.Text.Json.Nodes;

namespace Assistant.Bench.CaseLoad;

/// <summary>Nearest-rank percentiles of one measured series, as the JSON the bench prints.</summary>
internal static class Percentiles
{
    public static JsonObject Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToList();
        double At(double q) => sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
        return new JsonObject
        {
            ["n"] = sorted.Count,
            ["p50_ms"] = Math.Round(At(0.50), 2),
            ["p95_ms"] = Math.Round(At(0.95), 2),
            ["p99_ms"] = Math.Round(At(0.99), 2),
        };
    }
}

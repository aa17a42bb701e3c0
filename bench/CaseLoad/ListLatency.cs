using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assistant.Bench.CaseLoad;

/// <summary>
/// <c>GET /api/officer/cases</c> over HTTP as the console calls it, one request at a time after warm-up rounds: the first
/// page for the company union (all branches) with and without a status, a branch officer's first page, and a later
/// page reached by following <c>next</c> cursors.
/// </summary>
internal static class ListLatency
{
    private const int Warmup = 20;
    private const int LaterPage = 20;

    public static async Task<JsonObject> MeasureAsync(Uri bot, string password, int reps, CancellationToken cancellationToken)
    {
        using var company = await OfficerClient.SignInAsync(bot, "huangtao", password, cancellationToken);
        using var branch = await OfficerClient.SignInAsync(bot, "wangli", password, cancellationToken);
        var later = await CursorOfPageAsync(company, LaterPage, cancellationToken);
        var series = new (string Name, OfficerClient Officer, string Url)[]
        {
            ("all_branches_first_page", company, "/api/officer/cases"),
            ("all_branches_status_queued", company, "/api/officer/cases?status=queued"),
            ("all_branches_status_closed", company, "/api/officer/cases?status=closed"),
            ("one_branch_first_page", branch, "/api/officer/cases"),
            ("one_branch_status_active", branch, "/api/officer/cases?status=active"),
            ($"all_branches_page_{LaterPage}_by_cursor", company, "/api/officer/cases?before=" + Uri.EscapeDataString(later)),
        };
        // A warm-up round over every series first: otherwise the first series measured pays for the tiered JIT.
        for (var round = 0; round < Warmup; round++)
        {
            foreach (var (_, officer, url) in series)
                await officer.GetAsync(url, cancellationToken);
        }
        var results = new JsonObject();
        foreach (var (name, officer, url) in series)
        {
            var (_, body) = await officer.GetAsync(url, cancellationToken);
            var size = body.GetProperty("cases").GetArrayLength();
            for (var i = 0; i < Warmup; i++)
                await officer.GetAsync(url, cancellationToken);
            var samples = new List<double>(reps);
            for (var i = 0; i < reps; i++)
                samples.Add((await officer.GetAsync(url, cancellationToken)).Milliseconds);
            var measured = Percentiles.Of(samples);
            measured["page_size"] = size;
            results[name] = measured;
            Console.WriteLine($"list {name}: {size} cases/page, p50 {measured["p50_ms"]} ms, p95 {measured["p95_ms"]} ms, p99 {measured["p99_ms"]} ms");
        }
        return results;
    }

    /// <summary>The <c>before</c> token of page <paramref name="page"/> (1-based), following <c>next</c> from the first page.</summary>
    private static async Task<string> CursorOfPageAsync(OfficerClient officer, int page, CancellationToken cancellationToken)
    {
        string? next = null;
        for (var i = 1; i < page; i++)
        {
            var (_, body) = await officer.GetAsync(next is null ? "/api/officer/cases" : "/api/officer/cases?before=" + Uri.EscapeDataString(next), cancellationToken);
            next = body.GetProperty("next").ValueKind == JsonValueKind.String ? body.GetProperty("next").GetString()
                : throw new InvalidOperationException($"the list ended before page {page}; seed more cases");
        }
        return next!;
    }
}

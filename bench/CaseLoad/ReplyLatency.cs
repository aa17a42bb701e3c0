using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Assistant.Bench.CaseLoad;

/// <summary>
/// An officer reply delivered to the employee's chat: the employee opens a case from Web Chat over the bot's Direct
/// Line (the anonymity card's submission), the company-union officer claims it through the API, then posts
/// <c>/api/officer/cases/{id}/messages</c> again and again; each latency runs from just before the POST to that
/// message arriving on the employee's WebSocket (the outbox write, the dispatcher's wake-up, the Direct Line push).
/// </summary>
internal static class ReplyLatency
{
    private const int Warmup = 10;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static async Task<JsonObject> MeasureAsync(Uri bot, string secret, string password, int reps, CancellationToken cancellationToken)
    {
        await using var employee = await DirectLineEmployee.StartAsync(bot, secret, "dl_bench-employee", cancellationToken);
        using var officer = await OfficerClient.SignInAsync(bot, "huangtao", password, cancellationToken);

        await employee.SendAsync(null, new JsonObject { ["action"] = "openCase", ["identity"] = "anonymous" }, cancellationToken);
        await employee.WaitForAsync("#", Timeout, cancellationToken);
        // The case just opened is the newest activity among the waiting ones (seeded cases are older).
        var (_, page) = await officer.GetAsync("/api/officer/cases?status=queued&limit=1", cancellationToken);
        var caseId = page.GetProperty("cases")[0].GetProperty("id").GetInt64();
        if (await officer.PostAsync($"/api/officer/cases/{caseId}/claim", null, cancellationToken) != HttpStatusCode.OK)
            throw new InvalidOperationException($"could not claim case {caseId}");

        var delivered = new List<double>(reps);
        var posted = new List<double>(reps);
        for (var i = -Warmup; i < reps; i++)
        {
            var marker = $"bench-reply-{i + Warmup}-{Guid.NewGuid():N}";
            var started = Stopwatch.GetTimestamp();
            var status = await officer.PostAsync($"/api/officer/cases/{caseId}/messages", new { text = "您好，关于您的问题：" + marker }, cancellationToken);
            var answered = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (status != HttpStatusCode.OK)
                throw new InvalidOperationException($"the officer's message answered {(int)status}");
            var arrived = await employee.WaitForAsync(marker, Timeout, cancellationToken);
            if (i < 0)
                continue;
            posted.Add(answered);
            delivered.Add(Stopwatch.GetElapsedTime(started, arrived).TotalMilliseconds);
        }
        var result = Percentiles.Of(delivered);
        result["case"] = caseId;
        result["officer_post"] = Percentiles.Of(posted);
        Console.WriteLine($"reply delivery (POST → employee's WebSocket), {reps} replies: p50 {result["p50_ms"]} ms, p95 {result["p95_ms"]} ms, p99 {result["p99_ms"]} ms; the POST alone p50 {result["officer_post"]!["p50_ms"]} ms");
        return result;
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bench.TurnLoad;

// Replays questions as Teams activities from many concurrent conversations against a running bot (unauthenticated
// dev mode) and measures request-in to reply-delivered at a loopback Connector. Bounded: conversations x turns.
var options = TurnLoadOptions.Parse(args);
var questions = File.ReadAllLines(options.QuestionsFile)
    .Where(l => !string.IsNullOrWhiteSpace(l))
    .Select(l => l.TrimStart().StartsWith('{') ? JsonDocument.Parse(l).RootElement.GetProperty("query").GetString()! : l.Trim())
    .ToList();
if (args.Contains("--directline"))
{
    var secret = Environment.GetEnvironmentVariable("BENCH_DIRECTLINE_SECRET") ?? throw new ArgumentException("set BENCH_DIRECTLINE_SECRET to the bot's DirectLine:Secret");
    var load = new DirectLineLoad(options, secret, questions);
    await load.RunAsync(10, 20, "warmup-");
    var watch = Stopwatch.StartNew();
    var (measured, lostTurns, duplicateReplies) = await load.RunAsync(options.Conversations, options.Turns, "bench-");
    watch.Stop();
    measured.Sort();
    double P(double q) => measured.Count == 0 ? 0 : measured[Math.Clamp((int)Math.Ceiling(q * measured.Count) - 1, 0, measured.Count - 1)];
    Console.WriteLine(new JsonObject
    {
        ["mode"] = "directline-websocket",
        ["conversations"] = options.Conversations,
        ["turns"] = options.Conversations * options.Turns,
        ["delivered"] = measured.Count,
        ["lost"] = lostTurns,
        ["duplicates"] = duplicateReplies,
        ["seconds"] = Math.Round(watch.Elapsed.TotalSeconds, 2),
        ["turns_per_s"] = Math.Round(measured.Count / watch.Elapsed.TotalSeconds, 1),
        ["p50_ms"] = Math.Round(P(0.50), 2),
        ["p95_ms"] = Math.Round(P(0.95), 2),
        ["p99_ms"] = Math.Round(P(0.99), 2),
    }.ToJsonString());
    return lostTurns == 0 && duplicateReplies == 0 ? 0 : 1;
}

await using var connector = await FakeConnector.StartAsync();
using var http = new HttpClient { BaseAddress = options.Bot, Timeout = options.TurnTimeout };
http.DefaultRequestHeaders.ConnectionClose = false;

// Warm-up: one turn per question shape, not measured.
await Task.WhenAll(Enumerable.Range(0, 10).Select(w => RunConversation("warmup-" + w, 30, new List<double>(), new int[1])));

var latencies = new List<double>[options.Conversations];
var lost = new int[options.Conversations];
var cpuBefore = options.BotPid is { } cpuPid ? CpuTicks(cpuPid) : null;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(async c =>
{
    latencies[c] = new List<double>(options.Turns);
    await RunConversation("bench-" + c, options.Turns, latencies[c], lost, c);
}));
clock.Stop();
var cpuAfter = options.BotPid is { } cpuPidAfter ? CpuTicks(cpuPidAfter) : null;

var all = latencies.SelectMany(l => l).Order().ToList();
double Percentile(double q) => all.Count == 0 ? 0 : all[Math.Clamp((int)Math.Ceiling(q * all.Count) - 1, 0, all.Count - 1)];
var total = options.Conversations * options.Turns;
var rssKb = options.BotPid is { } pid ? ReadStatus(pid, "VmRSS:") : null;
var peakKb = options.BotPid is { } peakPid ? ReadStatus(peakPid, "VmHWM:") : null;
var report = new JsonObject
{
    ["conversations"] = options.Conversations,
    ["turns"] = total,
    ["delivered"] = all.Count,
    ["lost"] = lost.Sum(),
    ["duplicates"] = connector.Duplicates,
    ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 2),
    ["turns_per_s"] = Math.Round(all.Count / clock.Elapsed.TotalSeconds, 1),
    ["p50_ms"] = Math.Round(Percentile(0.50), 2),
    ["p95_ms"] = Math.Round(Percentile(0.95), 2),
    ["p99_ms"] = Math.Round(Percentile(0.99), 2),
    // The bot's own CPU (user + system) per delivered turn: far steadier between runs than turns per second, which
    // moves with whatever else the two cores are doing.
    ["bot_cpu_ms_per_turn"] = cpuBefore is { } before && cpuAfter is { } after && all.Count > 0
        ? Math.Round((after - before) * 1000.0 / ClockTicksPerSecond / all.Count, 3)
        : null,
    ["bot_rss_mb"] = rssKb is { } rss ? Math.Round(rss / 1024.0, 1) : null,
    ["bot_peak_rss_mb"] = peakKb is { } peak ? Math.Round(peak / 1024.0, 1) : null,
};
if (!options.Json)
    Console.WriteLine($"{all.Count}/{total} turns delivered in {clock.Elapsed.TotalSeconds:F1} s from {options.Conversations} conversations; lost {lost.Sum()}, duplicates {connector.Duplicates}");
Console.WriteLine(report.ToJsonString());
return lost.Sum() == 0 && connector.Duplicates == 0 ? 0 : 1;

async Task RunConversation(string conversation, int turns, List<double> measured, int[] lostCounts, int slot = 0)
{
    for (var turn = 0; turn < turns; turn++)
    {
        var activityId = $"{conversation}-{turn}";
        // A stable hash: every run (and every build compared) asks the same conversation the same questions.
        var question = questions[(int)((StableHash(conversation) + (uint)turn) % (uint)questions.Count)];
        var replied = connector.Expect(conversation, activityId);
        var started = DateTime.UtcNow;
        var begin = Stopwatch.GetTimestamp();
        try
        {
            using var content = new StringContent(Activity(conversation, activityId, question), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            var arrived = await replied.WaitAsync(options.TurnTimeout);
            measured.Add((arrived - started).TotalMilliseconds is var ms && ms >= 0 ? ms : Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
        }
        catch (Exception e) when (e is TimeoutException or HttpRequestException or TaskCanceledException)
        {
            lostCounts[slot]++;
        }
    }
}

string Activity(string conversation, string id, string text) => new JsonObject
{
    ["type"] = "message",
    ["id"] = id,
    ["timestamp"] = DateTime.UtcNow.ToString("O"),
    ["serviceUrl"] = connector.ServiceUrl,
    ["channelId"] = "msteams",
    ["from"] = new JsonObject { ["id"] = "29:" + conversation, ["name"] = "Bench User" },
    ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "Bot" },
    ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = "bench" },
    ["text"] = text,
    ["locale"] = "zh-CN",
}.ToJsonString();

static long? ReadStatus(int pid, string field)
{
    var path = $"/proc/{pid}/status";
    if (!File.Exists(path))
        return null;
    var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
    return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}

// utime + stime of /proc/PID/stat (fields 14 and 15, after the parenthesised command name).
static long? CpuTicks(int pid)
{
    var path = $"/proc/{pid}/stat";
    if (!File.Exists(path))
        return null;
    var stat = File.ReadAllText(path);
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
}

static uint StableHash(string text)
{
    var hash = 2166136261u;
    foreach (var c in text)
        hash = (hash ^ c) * 16777619u;
    return hash;
}

internal static partial class Program
{
    // USER_HZ: what /proc reports CPU time in, 100 on every Linux build we run on.
    private const double ClockTicksPerSecond = 100;
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Assistant.Bench.CaseLoad;
using Assistant.Bot.Handoff.Persistence;
using Assistant.Bot.Storage;

// caseload seed --db FILE [--cases 10000] [--seed 1]
//   writes realistic cases into the SQLite file the bot will use, through the bot's own case store.
// caseload measure --bot URL [--reps 200] [--replies 200] [--password P] [--bot-pid PID]   (BENCH_DIRECTLINE_SECRET = the bot's DirectLine:Secret)
//   the officer case list over HTTP, and officer reply → employee's Direct Line WebSocket; one JSON line at the end.
string? Value(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

switch (args.FirstOrDefault())
{
    case "seed":
    {
        var database = Value("--db") ?? throw new ArgumentException("--db FILE is required");
        var count = Number("--cases", 10_000);
        // The bot creates every schema at start; the seeder writes before it runs, so it creates the handoff tables itself.
        var handle = new SqliteDatabase("Data Source=" + database);
        await SchemaMigrations.ApplyAsync(handle, new CaseSchema(), cancel.Token);
        var store = new SqlCaseStore(handle);
        var watch = Stopwatch.StartNew();
        await new CaseSeeder(store, TimeProvider.System).SeedAsync(count, Number("--seed", 1), cancel.Token);
        Console.WriteLine(new JsonObject
        {
            ["seeded_cases"] = count,
            ["seconds"] = Math.Round(watch.Elapsed.TotalSeconds, 1),
            ["through"] = "SqlCaseStore.CreateAsync, one durable transaction per case",
        }.ToJsonString());
        return 0;
    }
    case "measure":
    {
        var bot = new Uri(Value("--bot") ?? "http://127.0.0.1:5396");
        var secret = Environment.GetEnvironmentVariable("BENCH_DIRECTLINE_SECRET")
            ?? throw new ArgumentException("set BENCH_DIRECTLINE_SECRET to the bot's DirectLine:Secret");
        var password = Value("--password") ?? "officer-dev-2026";
        var list = await ListLatency.MeasureAsync(bot, password, Number("--reps", 200), cancel.Token);
        var reply = await ReplyLatency.MeasureAsync(bot, secret, password, Number("--replies", 200), cancel.Token);
        var report = new JsonObject { ["bench"] = "cases", ["list"] = list, ["reply_delivery"] = reply };
        if (Value("--bot-pid") is { } pid && File.Exists($"/proc/{pid}/status"))
            report["bot_rss_mb"] = Math.Round(long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0, 1);
        Console.WriteLine(report.ToJsonString());
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: caseload seed --db FILE [--cases N] | caseload measure --bot URL [--reps N] [--replies N]");
        return 2;
}

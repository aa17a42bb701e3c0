using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

// Opens the bot's web chat page in Debian's chromium and times, for each question, the moment Enter is pressed to the
// moment the answer card is visible — what a worker sees. Usage: pagelatency --page http://127.0.0.1:PORT/ [--questions FILE] [--count N]
string? Value(string name) => Array.IndexOf(args, name) is var at && at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
var url = Value("--page") ?? "http://127.0.0.1:3978/";
var count = int.Parse(Value("--count") ?? "20", System.Globalization.CultureInfo.InvariantCulture);
var questions = Value("--questions") is { } file
    ? File.ReadAllLines(file).Where(l => l.Length > 0).ToList()
    : ["困难职工帮扶怎么申请？", "会费怎么交？", "被辞退有没有经济补偿？", "年假有几天？", "加班费怎么算？"];

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ],
});
var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 480, Height = 900 } });
await page.GotoAsync(url);
var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
await input.WaitForAsync();
var cards = page.Locator(".ac-adaptiveCard");

var latencies = new List<double>();
for (var i = 0; i < count; i++)
{
    var before = await cards.CountAsync();
    await input.FillAsync(questions[i % questions.Count]);
    var clock = Stopwatch.StartNew();
    await input.PressAsync("Enter");
    await page.WaitForFunctionAsync(
        "n => document.querySelectorAll('.ac-adaptiveCard').length > n", before, new PageWaitForFunctionOptions { PollingInterval = 5, Timeout = 30_000 });
    await cards.Nth(before).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
    latencies.Add(clock.Elapsed.TotalMilliseconds);
}
var first = latencies[0];
latencies.Sort();
double P(double q) => latencies[Math.Clamp((int)Math.Ceiling(q * latencies.Count) - 1, 0, latencies.Count - 1)];
Console.WriteLine(new JsonObject
{
    ["answers"] = latencies.Count,
    ["first_answer_ms"] = Math.Round(first, 1),
    ["p50_ms"] = Math.Round(P(0.5), 1),
    ["p95_ms"] = Math.Round(P(0.95), 1),
    ["max_ms"] = Math.Round(latencies[^1], 1),
}.ToJsonString());

using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Assistant.Bot.Generation;
using Assistant.Knowledge.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Assistant.Bot.Privacy;

// Asks the configured model (the bot's Generation__* settings, from the environment) for the legal terms of every
// question of a qrels file, with the bot's own expander, prompt and budget, and writes them as JSON Lines (id,
// expansion) for `indexer eval --expansions`. Usage: expansions --qrels FILE --out FILE [--parallel N]
if (ExpansionArguments.Parse(args) is not { } arguments)
{
    Console.Error.WriteLine("usage: expansions --qrels FILE --out FILE [--parallel N (1-16, default 2)]");
    return 2;
}

var options = new ConfigurationBuilder().AddEnvironmentVariables().Build()
    .GetSection(GenerationOptions.SectionName).Get<GenerationOptions>() ?? new GenerationOptions();
if (options.Provider == GenerationProvider.None)
{
    Console.Error.WriteLine("No model configured: set Generation__Provider, Generation__Endpoint and Generation__Model (or __Deployment) as for the bot.");
    return 2;
}
var validation = new GenerationOptionsValidator().Validate(null, options);
if (validation.Failed)
{
    Console.Error.WriteLine(validation.FailureMessage);
    return 2;
}

IReadOnlyList<QrelsQuery> queries;
try
{
    queries = new QrelsReader().Read(arguments.Qrels);
}
catch (Exception failure) when (failure is FormatException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"--qrels: {failure.Message}");
    return 2;
}
if (queries.Count == 0)
{
    Console.Error.WriteLine($"--qrels: {arguments.Qrels} holds no questions.");
    return 2;
}

// The expander's warnings say why a question got no terms (timeout, HTTP status…); they never carry its text.
using var logging = LoggerFactory.Create(builder => builder.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
using var expander = new SemanticKernelQuestionExpander(
    Options.Create(options), new SensitiveDataMasker(), TimeProvider.System, logging.CreateLogger<SemanticKernelQuestionExpander>());
var expansions = new string?[queries.Count];
var milliseconds = new double[queries.Count];
await Parallel.ForAsync(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = arguments.Parallel }, async (i, cancellationToken) =>
{
    var started = Stopwatch.GetTimestamp();
    expansions[i] = await expander.ExpandAsync(queries[i].Query, cancellationToken);
    milliseconds[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
});

var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(arguments.Output))!);
await using (var output = File.CreateText(arguments.Output))
{
    for (var i = 0; i < queries.Count; i++)
    {
        if (expansions[i] is { } expansion)
            await output.WriteLineAsync(JsonSerializer.Serialize(new { id = queries[i].Id, expansion }, json));
    }
}

var sorted = milliseconds.Order().ToArray();
var expanded = expansions.Count(e => e is not null);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"expanded {expanded} of {queries.Count} questions; per question median {sorted[sorted.Length / 2]:F0} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:F0} ms; written to {arguments.Output}"));
return expanded == 0 ? 1 : 0;

internal sealed record ExpansionArguments(string Qrels, string Output, int Parallel)
{
    public static ExpansionArguments? Parse(string[] args)
    {
        string? qrels = null, output = null;
        var parallel = 2;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--qrels": qrels = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                case "--parallel" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 16: parallel = n; break;
                default: return null;
            }
        }
        return args.Length % 2 == 0 && qrels is not null && output is not null ? new ExpansionArguments(qrels, output, parallel) : null;
    }
}

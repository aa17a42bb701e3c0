using System.Diagnostics;
using Assistant.Bench.VectorSearch;
using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Evaluation;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Sources;

// What article vectors cost (ADR 0025): the vector file's size and build step, the memory of a searcher holding them,
// and search latency with a question vector against the same searches by words alone, over a real corpus.
// vectorsearch --source DIR --qrels FILE [--dims 1024] [--seconds 20]
var source = Argument("--source") ?? throw new ArgumentException("--source DIR is required");
var qrels = Argument("--qrels") ?? throw new ArgumentException("--qrels FILE is required");
var dimensions = int.Parse(Argument("--dims") ?? "1024", System.Globalization.CultureInfo.InvariantCulture);
var seconds = double.Parse(Argument("--seconds") ?? "20", System.Globalization.CultureInfo.InvariantCulture);

var work = Path.Combine(Path.GetTempPath(), "vectorsearch-" + Guid.NewGuid().ToString("N"));
try
{
    var embedder = new StandInEmbedder(dimensions);
    using var analyzers = new AnalyzerSet(Glossary.LoadDefault());
    var location = new IndexLocation(work);
    var loaded = new DocumentLoader().Load([source], null, CancellationToken.None);
    var articleEmbedder = new ArticleEmbedder(embedder, location.Root, batchSize: 256);

    var clock = Stopwatch.StartNew();
    var report = new IndexBuilder(analyzers, TimeProvider.System)
        .Build(loaded.Documents, location, [source], 0, null, CancellationToken.None, articleEmbedder);
    var buildSeconds = clock.Elapsed.TotalSeconds;
    var folder = location.GenerationPath(report.Generation);
    var vectorBytes = new FileInfo(Path.Combine(folder, ArticleVectors.FileName)).Length;
    var luceneBytes = new DirectoryInfo(folder).EnumerateFiles().Where(f => f.Name != ArticleVectors.FileName).Sum(f => f.Length);
    Console.WriteLine($"articles {report.Articles}, dimensions {dimensions}: build with vectors {buildSeconds:0.0} s; " +
                      $"vectors.bin {vectorBytes / 1e6:0.0} MB beside {luceneBytes / 1e6:0.0} MB of Lucene files");

    var before = GC.GetTotalMemory(forceFullCollection: true);
    using var searcher = new KnowledgeSearcher(location, analyzers, TimeProvider.System);
    var after = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"managed memory of the open searcher: {(after - before) / 1e6:0.0} MB");

    var questions = new QrelsReader().Read(qrels).Select(q => (q.Query, Vector: embedder.Vector(q.Query))).ToList();
    var words = new List<double>();
    var hybrid = new List<double>();
    var deadline = Stopwatch.StartNew();
    var round = 0;
    // Alternating the two kinds over the same questions keeps drift in the machine's load out of the ratio.
    while (deadline.Elapsed.TotalSeconds < seconds || round == 0)
    {
        foreach (var (query, vector) in questions)
        {
            var start = Stopwatch.GetTimestamp();
            searcher.Search(new SearchRequest(query, 10));
            var middle = Stopwatch.GetTimestamp();
            searcher.Search(new SearchRequest(query, 10, QuestionVector: vector));
            var end = Stopwatch.GetTimestamp();
            if (round > 0)
            {
                words.Add(Stopwatch.GetElapsedTime(start, middle).TotalMilliseconds);
                hybrid.Add(Stopwatch.GetElapsedTime(middle, end).TotalMilliseconds);
            }
        }
        round++;
    }
    Console.WriteLine($"words only:  {Summary(words)}");
    Console.WriteLine($"with vector: {Summary(hybrid)}");
    Console.WriteLine($"median ratio {Percentile(hybrid, 0.5) / Percentile(words, 0.5):0.0}x over {words.Count} searches each (first round not counted)");
}
finally
{
    if (Directory.Exists(work))
        Directory.Delete(work, recursive: true);
}

string? Argument(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string Summary(List<double> times) =>
    $"p50 {Percentile(times, 0.5):0.00} ms, p95 {Percentile(times, 0.95):0.00} ms, p99 {Percentile(times, 0.99):0.00} ms";

static double Percentile(List<double> times, double share)
{
    var sorted = times.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];
}

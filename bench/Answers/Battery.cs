using System.Text.Json;
using Assistant.Bot.Answering;
using Assistant.Bot.Calculators;
using Assistant.Bot.Calculators.Conversation;
using Assistant.Bot.Citations;
using Assistant.Bot.Generation;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Policy;
using Assistant.Bot.Resources;
using Assistant.Bot.Understanding;
using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Evaluation;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.Bench.Answers;

/// <summary>The bot's answering over one index, a scratch SQLite file for the answer records, and the questions.</summary>
internal sealed class Battery : IDisposable
{
    private readonly string _scratch;
    private readonly AnalyzerSet _analyzers;
    private readonly KnowledgeSearcher _searcher;
    private readonly QuestionAnswerer _answerer;
    private readonly SensitiveTopicDetector _sensitive;
    private readonly IReadOnlyList<QrelsQuery> _questions;
    private readonly string? _out;
    private readonly ServiceProvider _calculators;
    private readonly CalculationDialog _calculations;

    private Battery(string scratch, AnalyzerSet analyzers, KnowledgeSearcher searcher, IReadOnlyList<QrelsQuery> questions, string? output)
    {
        _scratch = scratch;
        _analyzers = analyzers;
        _searcher = searcher;
        _questions = questions;
        _out = output;
        var text = new BotText();
        var composer = new AnswerComposer(text, new LeadWriter(text), new CitationBuilder(text, new ArticleNames(text)), new ClarifyingQuestions(text));
        _sensitive = new SensitiveTopicDetector(text);
        _answerer = new QuestionAnswerer(
            searcher, composer, new DisabledAnswerGenerator(), new DisabledQuestionExpander(), new DisabledQuestionEmbedder(),
            new HandoffPolicy(Options.Create(new HandoffPolicyOptions())), NullLogger<QuestionAnswerer>.Instance);
        // The calculators as the turn asks them, to count the questions a calculation would take over.
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(searcher)
            .AddSingleton(text)
            .AddSingleton<ArticleNames>()
            .AddSingleton<LawArticles>()
            .AddCalculators();
        _calculators = services.BuildServiceProvider();
        _calculations = _calculators.GetRequiredService<CalculationDialog>();
    }

    public static Task<Battery> OpenAsync(AnswersOptions options)
    {
        var scratch = Directory.CreateTempSubdirectory("assistant-answers-").FullName;
        var analyzers = new AnalyzerSet(Glossary.LoadDefault());
        var location = new IndexLocation(options.Index ?? Path.Combine(scratch, "index"));
        if (options.Index is null)
        {
            new SourceIndexer(new DocumentLoader(), new IndexBuilder(analyzers, TimeProvider.System))
                .Build([Path.Combine(AppContext.BaseDirectory, "laws"), Path.Combine(AppContext.BaseDirectory, "samples")], location, null, null,
                    CancellationToken.None, requireResolvedCitations: true);
        }
        var searcher = new KnowledgeSearcher(location, analyzers, TimeProvider.System);
        return Task.FromResult(new Battery(scratch, analyzers, searcher, new QrelsReader().Read(options.Qrels), options.Out));
    }

    public async Task<BatteryReport> RunAsync(CancellationToken cancellationToken)
    {
        var outcomes = new List<AnswerScore>();
        await using var writer = _out is null ? null : new StreamWriter(_out);
        foreach (var (question, i) in _questions.Select((q, i) => (q, i)))
        {
            var outcome = await _answerer.AnswerAsync(
                new AnswerRequest(question.Query, _sensitive.Detect(question.Query), 0, "bench-" + i), cancellationToken);
            var score = Score(question, outcome) with { Calculation = Calculation(question.Query, outcome) };
            outcomes.Add(score);
            if (writer is not null)
                await writer.WriteLineAsync(JsonSerializer.Serialize(score, AnswersJson.Default.AnswerScore));
        }
        return BatteryReport.Of(outcomes);
    }

    // The law a worker sees, in the order shown: the articles quoted, then those named beside a guide's explanation.
    private AnswerScore Score(QrelsQuery question, AnswerOutcome outcome)
    {
        var card = outcome.Reply.Card;
        var law = card is null ? [] : card.Citations.Concat(card.Further).Select(c => c.ArticleKey).ToList();
        var statutes = law.Where(key => _searcher.FindArticle(key) is { } hit && ArticleNames.IsStatute(hit)).ToList();
        var relevant = question.Relevant.ToHashSet(StringComparer.Ordinal);
        return new AnswerScore(
            question.Id, question.Query, outcome.Support.ToString(), outcome.Mode, card?.ExplanationKey, law,
            RetrievalMetrics.RecallAt(law, relevant, 3), statutes.Count > 0, statutes.Count > 0 && !law.Any(relevant.Contains));
    }

    // What the turn does with the calculators for this question: starts one (a kind and a figure of the worker's own),
    // asks for the first figure after the answer, offers "work it out" under the answer, or nothing.
    private string? Calculation(string question, AnswerOutcome outcome)
    {
        var read = _calculations.Read(question);
        if (_calculations.Start(read, outcome.Language, "bench") is not null)
            return "started";
        if (outcome.Support == SupportLevel.None)
            return null;
        if (_calculations.AskAlongside(read, outcome.Language, "bench") is not null)
            return "asks-figure";
        return _calculations.Offer(read, outcome.ArticleKeys, outcome.Language) is not null ? "offered" : null;
    }

    public void Dispose()
    {
        _calculators.Dispose();
        _searcher.Dispose();
        _analyzers.Dispose();
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder left behind is harmless.
        }
    }
}

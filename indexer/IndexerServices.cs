using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;

namespace Assistant.Indexer;

/// <summary>What the commands need from outside: time, and the analysis every command must share with the bot.</summary>
internal sealed class IndexerServices(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public AnalyzerSet CreateAnalyzers() => new(LoadGlossary());

    public Glossary LoadGlossary() => Glossary.LoadDefault();

    public KnowledgeSearcher OpenSearcher(IndexLocation location, AnalyzerSet analyzers) =>
        new(location, analyzers, Time, new KnowledgeSearcherOptions());
}

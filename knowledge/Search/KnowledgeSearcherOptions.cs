namespace Assistant.Knowledge.Search;

/// <summary>How the searcher follows the index and ranks.</summary>
public sealed record KnowledgeSearcherOptions
{
    /// <summary>How often a search checks whether a new generation was published.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Retrieval weights.</summary>
    public RankingOptions Ranking { get; init; } = RankingOptions.Default;
}

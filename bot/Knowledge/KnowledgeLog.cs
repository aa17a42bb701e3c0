namespace Assistant.Bot.Knowledge;

/// <summary>Log messages of the knowledge feature. Paths and counts only.</summary>
internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Index {Generation} is live with {Articles} articles")]
    public static partial void IndexLive(ILogger logger, string generation, int articles);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "No index at {IndexPath}; building it from {Sources}")]
    public static partial void BuildingDefaultIndex(ILogger logger, string indexPath, string sources);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Skipped {Path} while building the index: {Reason}")]
    public static partial void SourceSkipped(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Built index {Generation}: {Documents} documents, {Articles} articles in {Seconds:F1} s")]
    public static partial void DefaultIndexBuilt(ILogger logger, string generation, int documents, int articles, double seconds);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "No index is published at {IndexPath} and building one is switched off; questions will get no articles")]
    public static partial void NoIndex(ILogger logger, string indexPath);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "The index at {IndexPath} was analysed with glossary {Old}; rebuilding it with glossary {Current}")]
    public static partial void RebuildingForGlossary(ILogger logger, string indexPath, string old, string current);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "The index at {IndexPath} was analysed with glossary {Old}, not this version's {Current}; rebuild it with 'indexer build' so new glossary words are matched")]
    public static partial void StaleGlossary(ILogger logger, string indexPath, string old, string current);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "The index at {IndexPath} has no vectors of the configured embedding model {Model}; rebuilding it")]
    public static partial void RebuildingForVectors(ILogger logger, string indexPath, string model);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Embedding the articles for {IndexPath} with {Model} failed: {Reason} Building the index without vectors")]
    public static partial void BuildingWithoutVectors(ILogger logger, string indexPath, string model, string reason);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Embedding the articles for {IndexPath} with {Model} failed: {Reason} The live index keeps serving without them")]
    public static partial void KeepingIndexWithoutVectors(ILogger logger, string indexPath, string model, string reason);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Information, Message = "Embedded the articles with {Model}: {Embedded} by the service, {Reused} from the cache, {Dimensions} dimensions")]
    public static partial void ArticlesEmbedded(ILogger logger, string model, int embedded, int reused, int dimensions);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Index {Generation} holds {IndexModel} vectors, not those of the configured embedding model {Model}: answers use the question's words only; {Remedy}")]
    public static partial void WordsOnly(ILogger logger, string generation, string indexModel, string model, string remedy);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "{DocumentId}: section '{Section}' cites {CitedKey}, which is not in the index; that section's law can't be shown")]
    public static partial void UnresolvedCitation(ILogger logger, string documentId, string section, string citedKey);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "The index in {IndexPath} was built from the sample rules and guides alone; rebuilding it with the bundled laws")]
    public static partial void RebuildingWithBundledLaws(ILogger logger, string indexPath);
}

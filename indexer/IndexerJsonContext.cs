using System.Text.Json.Serialization;

namespace Assistant.Indexer;

internal sealed record BuildJson(
    string Generation, int Documents, int Articles, int Skipped, long SizeBytes, double Seconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DocumentJson>? List = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EmbeddingsJson? Embeddings = null,
    IReadOnlyList<string>? UnresolvedCitations = null);

/// <summary>What a generation's article vectors were made with; embedded and reused count the build that wrote them.</summary>
internal sealed record EmbeddingsJson(string Model, int Dimensions, int MaxInputCharacters, int Embedded, int Reused)
{
    public static EmbeddingsJson? Of(Knowledge.Embeddings.IndexEmbeddings? embeddings) => embeddings is null
        ? null
        : new(embeddings.Model, embeddings.Dimensions, embeddings.MaxInputCharacters, embeddings.Embedded, embeddings.Reused);
}

internal sealed record DocumentJson(string Id, string Title, string Kind, string Status, int Articles, int Sections);

internal sealed record HitJson(
    int Rank, string Key, string Title, string Label, string Chapter, double Score, string Status, string Text, IReadOnlyList<string> Highlighted,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CitedBy = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Cites = null);

internal sealed record SearchJson(string Question, string Language, string Support, double Coverage, string Reason, string? Reference, IReadOnlyList<HitJson> Hits);

internal sealed record BenchJson(
    [property: JsonPropertyName("threads")] int Threads,
    [property: JsonPropertyName("searches")] int Searches,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("p50_ms")] double P50,
    [property: JsonPropertyName("p95_ms")] double P95,
    [property: JsonPropertyName("p99_ms")] double P99,
    [property: JsonPropertyName("qps")] double Qps);

internal sealed record StatsJson(string Root, string? Generation, DateTimeOffset? BuiltAt, int Documents, int Articles, long SizeBytes,
    IReadOnlyDictionary<string, int> Kinds, IReadOnlyDictionary<string, int> Languages, IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyList<string> Generations,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EmbeddingsJson? Embeddings = null);

internal sealed record VerifyJson(
    bool Healthy, string? Generation, int Articles, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings, IReadOnlyList<string> UnresolvedCitations);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BuildJson))]
[JsonSerializable(typeof(SearchJson))]
[JsonSerializable(typeof(BenchJson))]
[JsonSerializable(typeof(StatsJson))]
[JsonSerializable(typeof(VerifyJson))]
internal sealed partial class IndexerJsonContext : JsonSerializerContext;

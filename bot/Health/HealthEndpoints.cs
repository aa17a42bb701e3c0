using Assistant.Knowledge.Search;

namespace Assistant.Bot.Health;

/// <summary><c>GET /healthz</c>: 200 when an index is live, 503 otherwise; ids and counts only.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (KnowledgeSearcher searcher) =>
        {
            var generation = searcher.Generation;
            var manifest = searcher.Manifest;
            var body = new HealthReport(
                generation is null ? "degraded" : "ok",
                new IndexHealth(generation, searcher.ArticleCount, searcher.EmbeddingModel, manifest?.DocumentKinds, manifest?.Kinds));
            return generation is null
                ? Results.Json(body, BotJsonContext.Default.HealthReport, statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Json(body, BotJsonContext.Default.HealthReport);
        });
        return endpoints;
    }
}

/// <summary>The health document.</summary>
public sealed record HealthReport(string Status, IndexHealth Index);

/// <summary>The live index.</summary>
/// <param name="Generation">The live generation's name.</param>
/// <param name="Articles">Articles it holds.</param>
/// <param name="Vectors">The embedding model of its usable article vectors, or null: questions are then searched by
/// their words alone (ADR 0025).</param>
/// <param name="Documents">Documents per kind (<c>Law</c>, <c>AdministrativeRegulation</c>, <c>UnionRule</c>,
/// <c>Guide</c>…), as the build recorded them; null without an index or for one built before they were recorded.</param>
/// <param name="ArticlesByKind">Articles (and guide sections) per kind.</param>
public sealed record IndexHealth(
    string? Generation, int Articles, string? Vectors, IReadOnlyDictionary<string, int>? Documents, IReadOnlyDictionary<string, int>? ArticlesByKind);

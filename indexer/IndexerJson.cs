using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Assistant.Indexer;

/// <summary>JSON output that keeps Chinese readable instead of \u-escaping it.</summary>
internal static class IndexerJson
{
    public static IndexerJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}

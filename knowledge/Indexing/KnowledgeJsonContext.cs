using System.Text.Json.Serialization;

namespace Assistant.Knowledge.Indexing;

/// <summary>Source-generated JSON for the index manifest.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IndexManifest))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;

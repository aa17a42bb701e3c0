using System.Text.Json.Serialization;

namespace Assistant.Bot.Storage;

/// <summary>Source-generated JSON for the list columns.</summary>
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;

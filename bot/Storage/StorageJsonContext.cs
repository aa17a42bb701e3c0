using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Storage;

/// <summary>Source-generated JSON for the list columns every store writes (article keys); Chinese stays readable in the database, enums are written by name.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext
{
    /// <summary>The context with unescaped non-ASCII text (the columns are read by SQL, never put into HTML).</summary>
    public static StorageJsonContext Readable { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

namespace Assistant.Bot.Storage;

/// <summary>Log messages of the storage feature. Versions and counts only.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Schema {Schema} ready on {Provider}: version {Found} -> {Current}")]
    public static partial void SchemaReady(ILogger logger, string schema, string provider, int found, int current);
}

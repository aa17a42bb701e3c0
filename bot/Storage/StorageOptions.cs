using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Storage;

/// <summary>Where conversation state, answers, feedback and unanswered questions are kept.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The database: <c>Sqlite</c> (embedded, the default). PostgreSQL comes with the multi-instance work.</summary>
    [Required(AllowEmptyStrings = false)]
    [AllowedValues("Sqlite")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The connection string; a relative SQLite file is under the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/assistant.db";
}

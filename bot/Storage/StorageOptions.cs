using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Storage;

/// <summary>Where conversations, Direct Line history and cases are kept. Section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string Sqlite = "Sqlite";

    public const string PostgreSqlProvider = "PostgreSql";

    /// <summary><c>Sqlite</c> (embedded, the default: one instance) or <c>PostgreSql</c> (several instances share it).</summary>
    [Required(AllowEmptyStrings = false)]
    [AllowedValues(Sqlite, PostgreSqlProvider)]
    public string Provider { get; set; } = Sqlite;

    /// <summary>The SQLite connection string; a relative file is under the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/assistant.db";

    /// <summary>The PostgreSQL server, used when <see cref="Provider"/> is <c>PostgreSql</c>.</summary>
    public PostgreSqlStorageOptions PostgreSql { get; set; } = new();

    public bool IsPostgreSql => string.Equals(Provider, PostgreSqlProvider, StringComparison.Ordinal);
}

/// <summary>Section <c>Storage:PostgreSql</c>.</summary>
public sealed class PostgreSqlStorageOptions
{
    /// <summary>A Npgsql connection string (<c>Host=…;Database=…;Username=…;Password=…</c>). Secret: set it through the environment.</summary>
    public string ConnectionString { get; set; } = "";
}

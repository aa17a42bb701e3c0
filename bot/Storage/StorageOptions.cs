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

    /// <summary>
    /// What employees asked (answer records, feedback, unanswered questions, the state of idle conversations) is deleted
    /// after this many days; the analytics look back at most 366.
    /// </summary>
    [Range(30, 3650)]
    public int QuestionRetentionDays { get; set; } = 400;

    /// <summary>The certificate that encrypts the Data Protection keys (officer sessions) stored in the database.</summary>
    public KeyEncryptionOptions KeyEncryption { get; set; } = new();

    public bool IsPostgreSql => string.Equals(Provider, PostgreSqlProvider, StringComparison.Ordinal);
}

/// <summary>Section <c>Storage:PostgreSql</c>.</summary>
public sealed class PostgreSqlStorageOptions
{
    /// <summary>A Npgsql connection string (<c>Host=…;Database=…;Username=…;Password=…</c>). Secret: set it through the environment.</summary>
    public string ConnectionString { get; set; } = "";
}

/// <summary>
/// Section <c>Storage:KeyEncryption</c>: a PKCS#12 (.pfx) certificate with its RSA private key, the same on every
/// instance. Without it the key ring is stored unencrypted and the database is as sensitive as the keys.
/// </summary>
public sealed class KeyEncryptionOptions
{
    /// <summary>The .pfx file: absolute, or relative to the working directory. Empty: keys are stored unencrypted.</summary>
    public string CertificatePath { get; set; } = "";

    /// <summary>The .pfx file's password. Secret: set it through the environment.</summary>
    public string CertificatePassword { get; set; } = "";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath);
}

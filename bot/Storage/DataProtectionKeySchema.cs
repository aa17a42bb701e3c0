namespace Assistant.Bot.Storage;

/// <summary>
/// The Data Protection key ring's table (<see cref="DatabaseXmlRepository"/>). Databases of builds before ADR 0028 got it
/// from the conversation schema's migration 3, hence <c>IF NOT EXISTS</c>.
/// </summary>
public sealed class DataProtectionKeySchema : IStoreSchema
{
    private static readonly IReadOnlyList<string> All =
    [
        """
        CREATE TABLE IF NOT EXISTS data_protection_key (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            friendly_name TEXT NULL,
            xml TEXT NOT NULL
        );
        """,
    ];

    public string Name => "data protection keys";

    public string VersionTable => "data_protection_schema_version";

    public IReadOnlyList<string> Migrations => All;
}

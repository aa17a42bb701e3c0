namespace Assistant.Bot.Storage;

/// <summary>
/// A feature's tables in the store database, declared beside the feature's store: numbered migrations written once in
/// SQLite's dialect (<see cref="SchemaMigrations.ForPostgreSql"/> translates them), recorded in the feature's own
/// version table. Every schema registered with <see cref="StorageExtensions.AddStoreSchema{TSchema}"/> is brought to
/// its last migration by <see cref="StorageInitializer"/> before the bot takes traffic; the stores assume their tables
/// exist.
/// </summary>
public interface IStoreSchema
{
    /// <summary>What the tables hold, for the log and for errors (<c>conversations</c>, <c>handoff</c>).</summary>
    string Name { get; }

    /// <summary>The table recording which migrations ran, one row per version.</summary>
    string VersionTable { get; }

    /// <summary>
    /// Migration n (1-based) brings the tables from version n-1 to n. Append only: databases that ran a migration never
    /// run it again, so a change to it reaches only new databases. A blank migration does nothing but count.
    /// </summary>
    IReadOnlyList<string> Migrations { get; }
}

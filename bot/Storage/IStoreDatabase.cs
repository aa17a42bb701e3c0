using System.Data.Common;

namespace Assistant.Bot.Storage;

/// <summary>
/// The one database every store of the bot uses (conversations, Direct Line, cases): SQLite, embedded, or
/// PostgreSQL, shared by several instances. The stores speak plain SQL that runs on both; the few statements that
/// cannot be written once ask <see cref="IsPostgreSql"/>.
/// </summary>
public interface IStoreDatabase
{
    /// <summary>True for PostgreSQL (several instances may share it), false for the embedded SQLite file.</summary>
    bool IsPostgreSql { get; }

    /// <summary>Opens a pooled connection, for reads and schema migration.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Opens a pooled connection synchronously, for callers whose interface is synchronous (the Data Protection key
    /// ring); blocking on <see cref="OpenAsync"/> there could starve the thread pool.
    /// </summary>
    DbConnection Open();

    /// <summary>
    /// Runs <paramref name="write"/> on its own connection. <paramref name="durable"/>: the write must survive a power
    /// cut once this returns (cases, Direct Line history); otherwise losing the last moments is acceptable.
    /// </summary>
    Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, bool durable, CancellationToken cancellationToken);
}

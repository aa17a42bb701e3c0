using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assistant.Bot.Storage;

/// <summary>
/// One SQLite file shared by the bot's stores (conversations, Direct Line, cases): pooled connections, and one writer
/// at a time in this process. SQLite has one writer per file; queueing writers here, across every store, avoids
/// SQLITE_BUSY, whose retry in Microsoft.Data.Sqlite sleeps the thread and made the p95 of concurrent turns ten times
/// the median.
/// </summary>
public sealed class SqliteDatabase : IStoreDatabase
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Points at a SQLite file (an absolute <c>Data Source</c>).</summary>
    public SqliteDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ConnectionString = connectionString;
    }

    /// <summary>The connection string of the file.</summary>
    public string ConnectionString { get; }

    public bool IsPostgreSql => false;

    async Task<DbConnection> IStoreDatabase.OpenAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    Task<T> IStoreDatabase.WriteAsync<T>(Func<DbConnection, Task<T>> write, bool durable, CancellationToken cancellationToken) =>
        WriteAsync<T>(connection => write(connection), durable, cancellationToken);

    DbConnection IStoreDatabase.Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens a pooled connection, for reads and schema migration.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> on its own connection while holding the file's write gate. <paramref name="durable"/>
    /// commits with <c>synchronous=FULL</c> (cases: the employee was told the case exists); otherwise <c>NORMAL</c>,
    /// which under WAL cannot corrupt the file and can lose only the last moments of conversation state on a power cut.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> write, bool durable, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            // Pooled connections keep the last setting, so every write states its own.
            await connection.ExecuteAsync(new CommandDefinition(
                durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL", cancellationToken: cancellationToken));
            return await write(connection);
        }
        finally
        {
            _writeGate.Release();
        }
    }
}

using System.Data.Common;
using Npgsql;

namespace Assistant.Bot.Storage;

/// <summary>
/// A PostgreSQL database shared by several bot instances: pooled connections from one data source, no in-process
/// write gate (the server orders writers; the stores make each change a conditional statement or a row lock), and
/// LISTEN/NOTIFY for telling the other instances that something was written.
/// </summary>
public sealed class PostgresDatabase : IStoreDatabase, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Points at a database (a Npgsql connection string).</summary>
    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public bool IsPostgreSql => true;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public DbConnection Open() => _dataSource.OpenConnection();

    // Commits are durable with the server's default synchronous_commit=on; nothing to switch per write.
    public async Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> write, bool durable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await write(connection);
    }

    /// <summary>
    /// Listens on <paramref name="channels"/> on a connection of its own until cancelled, calling <paramref name="received"/>
    /// with each notification's channel and payload; <paramref name="listening"/> is called once the LISTENs are in place
    /// (after a reconnect too, so the caller can catch up on what it missed). A lost connection throws; the caller
    /// decides when to retry.
    /// </summary>
    public async Task ListenAsync(IReadOnlyList<string> channels, Action<string, string> received, Action listening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(listening);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, notification) => received(notification.Channel, notification.Payload);
        await using (var listen = connection.CreateCommand())
        {
            listen.CommandText = string.Concat(channels.Select(channel => $"LISTEN {channel};"));
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        listening();
        while (!cancellationToken.IsCancellationRequested)
            await connection.WaitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}

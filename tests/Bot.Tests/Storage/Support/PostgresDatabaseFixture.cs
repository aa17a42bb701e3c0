using Dapper;
using Npgsql;

namespace Assistant.Bot.Tests.Storage.Support;

/// <summary>
/// A database of its own on the test server for one test class, dropped afterwards; each test takes a fresh schema
/// in it (<see cref="NewSchemaAsync"/>), so tests start empty without paying for a database each. Does nothing when
/// no server is configured (the class's tests are skipped then).
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    public string Database { get; } = "assistant_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The class's database (public schema).</summary>
    public string ConnectionString => PostgresServer.For(Database);

    public async Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is null)
            return;
        await using var server = new NpgsqlConnection(PostgresServer.ConnectionString);
        await server.ExecuteAsync($"CREATE DATABASE {Database}");
    }

    /// <summary>A connection string whose tables land in a new, empty schema of the class's database.</summary>
    public async Task<string> NewSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.ExecuteAsync($"CREATE SCHEMA {schema}");
        return PostgresServer.For(Database, schema);
    }

    public async Task DisposeAsync()
    {
        if (PostgresServer.ConnectionString is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(PostgresServer.ConnectionString);
        await server.ExecuteAsync($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
    }
}

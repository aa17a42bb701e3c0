using Npgsql;

namespace Assistant.Bot.Tests.Storage.Support;

/// <summary>
/// The PostgreSQL server the tests may use: <c>ASSISTANT_TEST_POSTGRES</c>, a connection string of a user allowed to
/// create and drop databases (.ci/run starts a throw-away server and sets it). Unset: PostgreSQL tests are skipped.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "ASSISTANT_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string SkipReason => $"PostgreSQL tests need {Variable} (a connection string of a server where the tests may create databases); .ci/run starts one.";

    /// <summary>The connection string of <paramref name="database"/> on the server.</summary>
    public static string For(string database, string? searchPath = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database };
        if (searchPath is not null)
            builder.SearchPath = searchPath;
        return builder.ConnectionString;
    }
}

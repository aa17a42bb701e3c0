using Dapper;
using Microsoft.Data.Sqlite;

namespace Assistant.Bot.Tests.Handoff.Support;

/// <summary>Everything the handoff tables hold, as text, to show that a refused request changed nothing.</summary>
public static class DatabaseSnapshot
{
    public static string Take(string databasePath)
    {
        using var connection = new SqliteConnection("Data Source=" + databasePath);
        return string.Join("\n", new[] { "handoff_case", "handoff_transcript", "handoff_audit", "handoff_outbox" }.Select(table =>
            table + ":" + string.Join("|", connection.Query(FormattableString.Invariant($"SELECT * FROM {table} ORDER BY id"))
                .Select(row => string.Join(",", ((IDictionary<string, object?>)row).Values)))));
    }
}

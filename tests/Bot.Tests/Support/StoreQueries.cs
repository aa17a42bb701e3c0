using Dapper;
using Microsoft.Data.Sqlite;

namespace Assistant.Bot.Tests.Support;

/// <summary>Reads the write-only tables (feedback, unanswered) straight from the SQLite file.</summary>
public static class StoreQueries
{
    public static List<(string AnswerId, long Helpful, string Question, string ArticleKeys)> Feedback(string databasePath)
    {
        using var connection = new SqliteConnection("Data Source=" + databasePath);
        return connection.Query<(string, long, string, string)>(
            "SELECT answer_id, helpful, question, article_keys FROM feedback ORDER BY rowid").ToList();
    }

    public static List<(string Question, string Language, string Reason, string Closest)> Unanswered(string databasePath)
    {
        using var connection = new SqliteConnection("Data Source=" + databasePath);
        return connection.Query<(string, string, string, string)>(
            "SELECT question, language, reason, closest_article_keys FROM unanswered ORDER BY rowid").ToList();
    }
}

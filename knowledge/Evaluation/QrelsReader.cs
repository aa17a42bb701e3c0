using System.Text.Json;

namespace Assistant.Knowledge.Evaluation;

/// <summary>Reads a qrels file: JSON Lines with <c>id</c>, <c>query</c>, <c>relevant</c> (article keys) and optional <c>labor</c>.</summary>
public sealed class QrelsReader
{
    /// <summary>Reads every question of a qrels file.</summary>
    /// <exception cref="FormatException">A line is not a qrels object; the message names the file and line.</exception>
    public IReadOnlyList<QrelsQuery> Read(string path)
    {
        var queries = new List<QrelsQuery>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                queries.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNumber}: not a qrels line ({e.Message})", e);
            }
        }
        return queries;
    }

    private static QrelsQuery Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = ReadId(root);
        var query = root.GetProperty("query").GetString() ?? throw new InvalidOperationException("query is null");
        var relevant = root.GetProperty("relevant").EnumerateArray()
            .Select(e => e.GetString() ?? string.Empty)
            .Where(k => k.Length > 0)
            .ToList();
        var labor = root.TryGetProperty("labor", out var laborElement) && laborElement.ValueKind == JsonValueKind.True;
        return new QrelsQuery(id, query, relevant, labor);
    }

    // Ids are numbers in some data sets and strings in others; both compare as the text written.
    internal static string ReadId(JsonElement root)
    {
        var id = root.GetProperty("id");
        return id.ValueKind == JsonValueKind.Number
            ? id.GetRawText()
            : id.GetString() ?? throw new InvalidOperationException("id is null");
    }
}

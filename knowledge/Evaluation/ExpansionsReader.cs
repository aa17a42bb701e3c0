using System.Text.Json;

namespace Assistant.Knowledge.Evaluation;

/// <summary>
/// Reads expansions written for a qrels file's questions: JSON Lines with <c>id</c> (as in the qrels file) and
/// <c>expansion</c> (the words a model, or a person standing in for one, wrote for the question). Evaluation then
/// measures what such expansions would do for retrieval before a model is deployed.
/// </summary>
public sealed class ExpansionsReader
{
    /// <summary>Reads every expansion, by question id.</summary>
    /// <exception cref="FormatException">A line is not an expansion object, or an id repeats; the message names the
    /// file and line.</exception>
    public IReadOnlyDictionary<string, string> Read(string path)
    {
        var expansions = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            string id, expansion;
            try
            {
                using var json = JsonDocument.Parse(line);
                id = QrelsReader.ReadId(json.RootElement);
                expansion = json.RootElement.GetProperty("expansion").GetString()
                    ?? throw new InvalidOperationException("expansion is null");
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNumber}: not an expansion line ({e.Message})", e);
            }
            if (!expansions.TryAdd(id, expansion))
                throw new FormatException($"{path}:{lineNumber}: id {id} has an expansion already");
        }
        return expansions;
    }
}

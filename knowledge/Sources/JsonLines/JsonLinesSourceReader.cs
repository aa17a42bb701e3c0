using System.Text.Json;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.Markdown;

namespace Assistant.Knowledge.Sources.JsonLines;

/// <summary>Reads JSON Lines: each line an object with <c>id</c>, <c>title</c>, <c>text</c> and optional metadata, each becoming one text.</summary>
public sealed class JsonLinesSourceReader : ISourceReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".jsonl"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        var texts = new List<SourceText>();
        var failures = new List<SourceFailure>();
        var lineNumber = 0;
        foreach (var line in SourceEncoding.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                texts.Add(ParseRecord(line, path, relativePath));
            }
            catch (Exception exception) when (exception is JsonException or InvalidDataException)
            {
                failures.Add(new SourceFailure(path, $"line {lineNumber}: {exception.Message}"));
            }
        }
        return new SourceReadResult(texts, failures);
    }

    private static SourceText ParseRecord(string line, string path, string relativePath)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException("the line is not a JSON object");
        var id = RequiredString(root, "id");
        var title = RequiredString(root, "title");
        var text = RequiredString(root, "text");

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in MarkdownLines.PropertyKeys)
        {
            if (root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
                properties[key] = s;
        }

        var history = new List<string>();
        if (root.TryGetProperty("history", out var historyElement))
        {
            if (historyElement.ValueKind == JsonValueKind.Array)
                history.AddRange(historyElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()));
            else if (historyElement.ValueKind == JsonValueKind.String)
                history.AddRange(MarkdownLines.SplitLines(historyElement.GetString()!).Select(l => l.Trim()));
            history.RemoveAll(l => l.Length == 0);
        }

        var blocks = MarkdownLines.Blocks(MarkdownLines.SplitLines(text));
        return new SourceText(path, relativePath + "#" + id, title.Trim(), history, properties, blocks);
    }

    private static string RequiredString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            throw new InvalidDataException($"missing or non-string \"{name}\"");
        var text = value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidDataException($"empty \"{name}\"");
        return text;
    }
}

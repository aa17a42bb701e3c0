using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources.Markdown;

/// <summary>Reads the corpus's Markdown layout: <c># title</c>, header lines up to <c>&lt;!-- INFO END --&gt;</c>, then the body.</summary>
public sealed class MarkdownSourceReader : ISourceReader
{
    private const string InfoEnd = "<!-- INFO END -->";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default) =>
        SourceReadResult.Of(Parse(SourceEncoding.ReadAllText(path), path, relativePath));

    /// <summary>Parses Markdown text already in memory.</summary>
    /// <param name="text">The Markdown.</param>
    /// <param name="path">The source path to record.</param>
    /// <param name="relativePath">The relative path to record.</param>
    /// <returns>The parsed source.</returns>
    public static SourceText Parse(string text, string path, string relativePath)
    {
        var lines = MarkdownLines.SplitLines(text);
        string? title = null;
        var bodyStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (MarkdownLines.Heading(lines[i]) is { Level: 1 } heading)
            {
                title = heading.Text;
                bodyStart = i + 1;
                break;
            }
        }

        var markerIndex = Array.FindIndex(lines, bodyStart, l => l.Trim() == InfoEnd);
        var header = new List<string>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var leadingHeadings = new List<TextBlock>();
        if (markerIndex >= 0)
        {
            for (var i = bodyStart; i < markerIndex; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || MarkdownLines.IsComment(line))
                    continue;
                // A heading above the marker names a part of a split code (民法典's "# 物权编"): it opens the body's path.
                if (MarkdownLines.Heading(line) is { } heading)
                    leadingHeadings.Add(new TextBlock(heading.Text, heading.Level));
                else if (MarkdownLines.TryProperty(line, out var key, out var value))
                    properties[key] = value;
                else
                    header.Add(MarkdownLines.Clean(line));
            }
            bodyStart = markerIndex + 1;
        }

        var blocks = MarkdownLines.Blocks(lines.Skip(bodyStart));
        blocks.InsertRange(0, leadingHeadings);
        return new SourceText(path, relativePath, title, header, properties, blocks);
    }
}

using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources.PlainText;

/// <summary>Reads plain text: the first non-empty line is the title (after an official letterhead, which is left out and
/// names the kind), every other non-empty line a body block.</summary>
public sealed class TextSourceReader : ISourceReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default) =>
        SourceReadResult.Of(FromLines(path, relativePath, SourceEncoding.ReadLines(path)));

    /// <summary>Plain lines as a source text: the first non-empty line the title, after an official letterhead (left
    /// out, naming the kind); every other non-empty line a body block.</summary>
    internal static SourceText FromLines(string path, string relativePath, IEnumerable<string> lines)
    {
        string? title = null;
        var letterhead = new List<string>();
        var blocks = new List<TextBlock>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            if (title is null && Letterhead.IsLine(line))
                letterhead.Add(line);
            else if (title is null)
                title = line;
            else
                blocks.Add(new TextBlock(line, 0));
        }
        return new SourceText(path, relativePath, title, [], Letterhead.Properties(letterhead), blocks);
    }
}

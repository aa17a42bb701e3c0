using System.Text.RegularExpressions;
using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources.Markdown;

/// <summary>Turns Markdown-ish lines into blocks; shared by the Markdown and JSON Lines readers.</summary>
internal static partial class MarkdownLines
{
    internal static readonly string[] PropertyKeys = ["kind", "jurisdiction", "issuer", "language", "status", "effective", "version"];

    [GeneratedRegex(@"^(#{1,6})[ \t]+(.*?)[ \t#]*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^([A-Za-z]+)[ \t]*:[ \t]*(.+)$")]
    private static partial Regex PropertyPattern();

    /// <summary>A heading's level and text, or null for a body line.</summary>
    internal static (int Level, string Text)? Heading(string line)
    {
        var match = HeadingPattern().Match(line.Trim());
        return match.Success ? (match.Groups[1].Length, Clean(match.Groups[2].Value)) : null;
    }

    internal static bool TryProperty(string line, out string key, out string value)
    {
        var match = PropertyPattern().Match(line.Trim());
        key = match.Success ? match.Groups[1].Value.ToLowerInvariant() : "";
        value = match.Success ? match.Groups[2].Value.Trim() : "";
        return match.Success && PropertyKeys.Contains(key);
    }

    /// <summary>Strips the inline markup the corpus uses (bold) and surrounding whitespace.</summary>
    internal static string Clean(string text) => text.Replace("**", "", StringComparison.Ordinal).Trim();

    internal static bool IsComment(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith("<!--", StringComparison.Ordinal) && trimmed.EndsWith("-->", StringComparison.Ordinal);
    }

    /// <summary>Body blocks: one per non-empty line, headings by their <c>#</c> count.</summary>
    internal static List<TextBlock> Blocks(IEnumerable<string> lines)
    {
        var blocks = new List<TextBlock>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) || IsComment(line))
                continue;
            var heading = Heading(line);
            if (heading is { } h)
            {
                if (h.Text.Length > 0)
                    blocks.Add(new TextBlock(h.Text, h.Level));
                continue;
            }
            var text = Clean(line);
            if (text.Length > 0)
                blocks.Add(new TextBlock(text, 0));
        }
        return blocks;
    }

    internal static string[] SplitLines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}

namespace Assistant.Knowledge.Parsing;

/// <summary>One line or paragraph of a source, or one of its headings.</summary>
/// <param name="Text">The text, trimmed, inline markup removed.</param>
/// <param name="HeadingLevel">0 for body text; 1–6 for a heading of that level.</param>
public sealed record TextBlock(string Text, int HeadingLevel)
{
    /// <summary>What separates the cells of a table row read as one line.</summary>
    public const string CellSeparator = " | ";

    /// <summary>True when the block is a heading.</summary>
    public bool IsHeading => HeadingLevel > 0;

    /// <summary>A table row as one line: its non-empty cells joined by <see cref="CellSeparator"/>, so a 慰问标准 row
    /// (结婚 | 五百元) reads the same from every format.</summary>
    internal static string Row(IEnumerable<string> cells) => string.Join(CellSeparator, cells.Where(cell => cell.Length > 0));
}

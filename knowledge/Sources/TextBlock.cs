namespace Assistant.Knowledge.Sources;

/// <summary>One line or paragraph of a source, or one of its headings.</summary>
/// <param name="Text">The text, trimmed, inline markup removed.</param>
/// <param name="HeadingLevel">0 for body text; 1–6 for a heading of that level.</param>
public sealed record TextBlock(string Text, int HeadingLevel)
{
    /// <summary>True when the block is a heading.</summary>
    public bool IsHeading => HeadingLevel > 0;
}

namespace Assistant.Knowledge.Analysis;

/// <summary>A glossary file has a malformed line.</summary>
public sealed class GlossaryFormatException : FormatException
{
    /// <summary>Creates the exception for a malformed line.</summary>
    /// <param name="lineNumber">1-based number of the offending line.</param>
    /// <param name="reason">What is wrong with the line.</param>
    /// <param name="source">The glossary file's name, when known.</param>
    public GlossaryFormatException(int lineNumber, string reason, string? source = null)
        : base(source is null ? $"Glossary line {lineNumber}: {reason}" : $"Glossary {source} line {lineNumber}: {reason}")
    {
        LineNumber = lineNumber;
        FileName = source;
    }

    /// <summary>1-based number of the offending line.</summary>
    public int LineNumber { get; }

    /// <summary>The glossary file's name, when the glossary was read from named files.</summary>
    public string? FileName { get; }
}

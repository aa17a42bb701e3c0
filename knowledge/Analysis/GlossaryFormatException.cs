namespace Assistant.Knowledge.Analysis;

/// <summary>A glossary file has a malformed line.</summary>
public sealed class GlossaryFormatException : FormatException
{
    /// <summary>Creates the exception for a malformed line.</summary>
    /// <param name="lineNumber">1-based number of the offending line.</param>
    /// <param name="reason">What is wrong with the line.</param>
    public GlossaryFormatException(int lineNumber, string reason)
        : base($"Glossary line {lineNumber}: {reason}")
    {
        LineNumber = lineNumber;
    }

    /// <summary>1-based number of the offending line.</summary>
    public int LineNumber { get; }
}

using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources;

/// <summary>What a reader got out of one file: its texts (several for JSON Lines) and the parts it had to skip.</summary>
/// <param name="Texts">The texts read.</param>
/// <param name="Failures">Records of the file that were skipped.</param>
public sealed record SourceReadResult(IReadOnlyList<SourceText> Texts, IReadOnlyList<SourceFailure> Failures)
{
    /// <summary>A result holding one text and no failures.</summary>
    /// <param name="text">The text read.</param>
    /// <returns>The result.</returns>
    public static SourceReadResult Of(SourceText text) => new([text], []);
}

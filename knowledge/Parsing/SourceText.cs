namespace Assistant.Knowledge.Parsing;

/// <summary>A source file (or one record of it) read into a format-independent shape, before it is cut into articles.</summary>
/// <param name="SourcePath">The file it was read from, as given to the reader.</param>
/// <param name="RelativePath">The path below its source root with <c>/</c> separators (plus <c>#id</c> for a JSON Lines record).</param>
/// <param name="Title">The title, when the source has one.</param>
/// <param name="HeaderLines">History lines printed between the title and the body (adoption, amendments, entry into force).</param>
/// <param name="Properties">Declared metadata (<c>kind</c>, <c>jurisdiction</c>, <c>issuer</c>, <c>language</c>, <c>status</c>, <c>effective</c>, <c>version</c>).</param>
/// <param name="Blocks">The body: headings and lines, in order.</param>
public sealed record SourceText(
    string SourcePath,
    string RelativePath,
    string? Title,
    IReadOnlyList<string> HeaderLines,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<TextBlock> Blocks);

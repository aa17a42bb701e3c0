namespace Assistant.Knowledge.Sources;

/// <summary>A source (a file, a root, or one record of a file) that could not be read; the load goes on without it.</summary>
/// <param name="Path">The file or root path.</param>
/// <param name="Reason">Why it failed, with the line number when one record of a file failed.</param>
public sealed record SourceFailure(string Path, string Reason);

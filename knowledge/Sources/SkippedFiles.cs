namespace Assistant.Knowledge.Sources;

/// <summary>Files in a source folder, or in an archive, that are not documents: the corpus's own documentation beside
/// its texts, the owner files Word and WPS leave while a document is open, and macOS resource forks.</summary>
internal static class SkippedFiles
{
    private static readonly HashSet<string> Documentation = new(StringComparer.OrdinalIgnoreCase) { "README.md", "SOURCES.md", "_index.md", "CHANGELOG.md" };

    /// <summary>Whether the file of that name is skipped without a word.</summary>
    public static bool Skip(string fileName) =>
        Documentation.Contains(fileName) || fileName.StartsWith("~$", StringComparison.Ordinal) || fileName.StartsWith("._", StringComparison.Ordinal);
}

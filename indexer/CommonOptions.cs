using System.CommandLine;
using Assistant.Indexer.Embeddings;
using Assistant.Knowledge.Indexing;

namespace Assistant.Indexer;

/// <summary>Options several commands share, and their checks.</summary>
internal static class CommonOptions
{
    public static Option<string> Index() => new("--index") { Description = "Index root folder", Required = true };

    public static Option<bool> Json() => new("--json") { Description = "Write machine-readable JSON as the last line" };

    /// <summary>The embedding service flags (<c>--embeddings URL --embeddings-model NAME …</c>) of build, search and eval.</summary>
    public static EmbeddingOptions Embeddings() => new();

    public static IndexLocation ExistingIndex(string path)
    {
        var location = new IndexLocation(path);
        if (!Directory.Exists(location.Root))
            throw new BadArgumentException($"--index: {location.Root} does not exist.");
        if (location.ReadCurrentGeneration() is null)
            throw new BadArgumentException($"--index: {location.Root} holds no published index (no CURRENT file). Run 'indexer build' first.");
        return location;
    }

    public static string ExistingFile(string option, string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new BadArgumentException($"{option}: {full} does not exist.");
        return full;
    }
}

using System.Text.Json;

namespace Assistant.Knowledge.Indexing;

/// <summary>
/// The on-disk layout of a published index: immutable generations beside each other and a <c>CURRENT</c> file
/// naming the live one. A build writes into <c>staging/</c>, moves the finished generation into
/// <c>generations/</c> and then replaces <c>CURRENT</c> by an atomic rename, so a reader sees the old index or the
/// new one, never a half-built one; a failed or killed build leaves <c>CURRENT</c> untouched.
/// </summary>
public sealed class IndexLocation
{
    private const string PointerFile = "CURRENT";

    /// <summary>Points at an index root folder (which need not exist yet).</summary>
    public IndexLocation(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>The index root folder.</summary>
    public string Root { get; }

    /// <summary>The folder holding published generations.</summary>
    public string GenerationsFolder => Path.Combine(Root, "generations");

    /// <summary>The folder where builds in progress write.</summary>
    public string StagingFolder => Path.Combine(Root, "staging");

    /// <summary>The pointer file naming the live generation.</summary>
    public string PointerPath => Path.Combine(Root, PointerFile);

    /// <summary>The name of the live generation, or null when nothing was published yet.</summary>
    public string? ReadCurrentGeneration()
    {
        try
        {
            var name = File.ReadAllText(PointerPath).Trim();
            return name.Length == 0 ? null : name;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The folder of a generation.</summary>
    public string GenerationPath(string generation) => Path.Combine(GenerationsFolder, generation);

    /// <summary>The live generation's folder, or null when nothing was published yet.</summary>
    public string? CurrentGenerationPath() =>
        ReadCurrentGeneration() is { } generation ? GenerationPath(generation) : null;

    /// <summary>Reads a generation's manifest; null when missing or unreadable.</summary>
    public IndexManifest? ReadManifest(string generation)
    {
        var path = Path.Combine(GenerationPath(generation), IndexManifest.FileName);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, KnowledgeJsonContext.Default.IndexManifest);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Names the generation folders present on disk, oldest first (names sort by build time).</summary>
    public IReadOnlyList<string> ListGenerations() =>
        Directory.Exists(GenerationsFolder)
            ? Directory.GetDirectories(GenerationsFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Moves a finished staging folder into place and makes it the live generation.</summary>
    internal void Publish(string stagingPath, string generation)
    {
        Directory.CreateDirectory(GenerationsFolder);
        Directory.Move(stagingPath, GenerationPath(generation));

        var temporary = PointerPath + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(generation);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, PointerPath, overwrite: true);
    }

    /// <summary>Deletes generations other than the live one and the <paramref name="keepPrevious"/> newest before it.</summary>
    internal void Prune(int keepPrevious)
    {
        var current = ReadCurrentGeneration();
        var older = ListGenerations().Where(g => g != current && string.CompareOrdinal(g, current) < 0).ToList();
        foreach (var generation in older.Take(Math.Max(0, older.Count - keepPrevious)))
            TryDelete(GenerationPath(generation));
    }

    /// <summary>Removes leftovers of builds that were killed.</summary>
    internal void ClearStaging()
    {
        if (Directory.Exists(StagingFolder))
        {
            foreach (var folder in Directory.GetDirectories(StagingFolder))
                TryDelete(folder);
        }
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A reader on another platform may still hold files open; the next build retries.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

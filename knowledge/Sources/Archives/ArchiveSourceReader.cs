using System.IO.Compression;
using System.Text;
using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources.Archives;

/// <summary>
/// Reads the documents inside a .zip archive (a federation's 文件汇编.zip) with the loader's own readers, as if the
/// archive were a folder: each text is cited under <c>archive.zip/inner/path</c>, so folder names inside it still say
/// what kind of document it holds. Names written without the UTF-8 flag are read as UTF-8 when they are valid UTF-8
/// (Linux and macOS tools), else as GB18030 (Chinese Windows). The archive is unpacked to a private temporary folder, within limits that stop a zip bomb, and removed after.
/// </summary>
/// <param name="readers">The readers of the files inside, by extension.</param>
/// <param name="maxTotalBytes">How much one archive may unpack to.</param>
internal sealed class ArchiveSourceReader(IReadOnlyDictionary<string, ISourceReader> readers, long maxTotalBytes = 1L << 30) : ISourceReader
{
    private const int MaxEntries = 10_000;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".zip"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("assistant-archive-");
        try
        {
            var files = Unpack(path, folder.FullName, maxTotalBytes, cancellationToken);
            var texts = new List<SourceText>();
            var failures = new List<SourceFailure>();
            foreach (var (entry, file) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var inner = relativePath + "/" + entry;
                if (string.Equals(Path.GetExtension(entry), ".zip", StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add(new SourceFailure(path, $"{entry}: an archive inside an archive: unpack it into the folder first"));
                    continue;
                }
                if (!readers.TryGetValue(Path.GetExtension(entry), out var reader))
                    continue;
                try
                {
                    var read = reader.Read(file, inner, cancellationToken);
                    texts.AddRange(read.Texts.Select(text => text with { SourcePath = path + "/" + entry }));
                    failures.AddRange(read.Failures.Select(failure => new SourceFailure(path, $"{entry}: {failure.Reason}")));
                }
                catch (InvalidDataException exception)
                {
                    failures.Add(new SourceFailure(path, $"{entry}: {exception.Message}"));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failures.Add(new SourceFailure(path, $"{entry}: {exception.GetType().Name}: {exception.Message}"));
                }
            }
            if (texts.Count == 0 && failures.Count == 0)
                throw new InvalidDataException("the archive holds no file of a format the indexer reads");
            return new SourceReadResult(texts, failures);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Every file entry written below the folder under its own path, in the archive's order.
    private static List<(string Entry, string File)> Unpack(string path, string folder, long maxTotalBytes, CancellationToken cancellationToken)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(File.OpenRead(path), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: new ArchiveNames());
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException("not a zip archive (damaged, or another format renamed .zip)");
        }
        using (zip)
        {
            if (zip.Entries.Count > MaxEntries)
                throw new InvalidDataException($"the archive holds {zip.Entries.Count} entries, more than the {MaxEntries} read from one archive: unpack it into the folder");
            var files = new List<(string, string)>();
            var total = 0L;
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (SafeName(entry.FullName) is not { } name)
                    continue;
                var file = Path.Combine(folder, name.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                long copied;
                try
                {
                    using var input = entry.Open();
                    using var output = File.Create(file);
                    copied = Copy(input, output, maxTotalBytes - total);
                }
                catch (InvalidDataException)
                {
                    throw new InvalidDataException($"{name} could not be unpacked (a password-protected or damaged archive): unpack it into the folder");
                }
                if (copied < 0)
                    throw new InvalidDataException($"the archive unpacks to more than {maxTotalBytes >> 20} MB: unpack it into the folder");
                total += copied;
                files.Add((name, file));
            }
            return files;
        }
    }

    // A file entry's path with / separators, or null for folders, what a source folder skips (documentation, lock files,
    // macOS forks) and paths that would leave the unpacking folder.
    private static string? SafeName(string fullName)
    {
        var parts = fullName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || fullName.EndsWith('/') || parts.Any(part => part is "." or ".." || part.Contains(':'))
            || parts[0] == "__MACOSX" || SkippedFiles.Skip(parts[^1]))
            return null;
        return string.Join('/', parts);
    }

    // The bytes copied, or -1 once they pass what is allowed: an entry's stated size may lie.
    private static long Copy(Stream input, Stream output, long allowed)
    {
        var buffer = new byte[81920];
        var copied = 0L;
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            copied += read;
            if (copied > allowed)
                return -1;
            output.Write(buffer, 0, read);
        }
        return copied;
    }
}

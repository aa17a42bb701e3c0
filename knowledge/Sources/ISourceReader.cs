using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources;

/// <summary>Reads one file format into <see cref="SourceText"/>.</summary>
public interface ISourceReader
{
    /// <summary>The file extensions handled, lower case with the dot (<c>.md</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads a file. Throws when the whole file is unreadable; the loader reports that as a failure.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="relativePath">The path below its source root, <c>/</c>-separated.</param>
    /// <param name="cancellationToken">Stops a long read (OCR of a scan).</param>
    /// <returns>The texts read and any records skipped.</returns>
    SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default);
}

using Spectre.Console;

namespace Assistant.Indexer;

/// <summary>Where a command writes: results to <see cref="Out"/>, messages and errors to <see cref="Error"/>.</summary>
internal sealed record IndexerConsole(IAnsiConsole Out, TextWriter Error, TextWriter Raw)
{
    /// <summary>Writes one line of machine-readable output (JSON) without markup processing.</summary>
    public void WriteRaw(string line) => Raw.WriteLine(line);
}

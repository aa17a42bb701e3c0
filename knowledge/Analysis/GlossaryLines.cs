namespace Assistant.Knowledge.Analysis;

/// <summary>Reads the lines of a glossary file that hold entries: blank lines and <c>#</c> comments are skipped.</summary>
internal static class GlossaryLines
{
    /// <summary>Each entry line, untrimmed (a tab next to an empty column must survive), with its 1-based number.</summary>
    public static IEnumerable<(int Number, string Line)> Read(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
                yield return (number, line);
        }
    }
}

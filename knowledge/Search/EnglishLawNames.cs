using System.Reflection;

namespace Assistant.Knowledge.Search;

/// <summary>Loads the embedded list of English names of Chinese laws.</summary>
internal static class EnglishLawNames
{
    public static IReadOnlyDictionary<string, string> LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Assistant.Knowledge.Search.english-law-names.tsv")
            ?? throw new InvalidOperationException("The embedded English law names are missing from the build.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var parts = line.Split('\t');
            if (parts.Length == 2)
                names[LawTitleCatalog.NormalizeEnglish(parts[0])] = parts[1].Trim();
        }
        return names;
    }
}

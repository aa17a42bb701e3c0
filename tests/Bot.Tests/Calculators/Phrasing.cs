using System.Globalization;
using System.Reflection;
using Assistant.Bot.Calculators.Extraction;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>One row of <c>extraction-phrasings.tsv</c>: a worker's words and what the extractor must read from them.</summary>
public sealed record Phrasing(int Line, string Text, string Kind, IReadOnlyDictionary<string, string> Expected, bool KnownMiss)
{
    public const string FileName = "extraction-phrasings.tsv";

    public static IReadOnlyList<Phrasing> Load()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Calculators", FileName));
        var rows = new List<Phrasing>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
                continue;
            var columns = lines[i].Split('\t');
            var expected = (columns.Length > 2 ? columns[2] : "")
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "", StringComparer.Ordinal);
            rows.Add(new Phrasing(i + 1, columns[0], columns[1], expected, columns.Length > 3 && columns[3] == "known-miss"));
        }
        return rows;
    }

    /// <summary>What differs between <paramref name="actual"/> and this row's expectations, one line each; empty when it is right.</summary>
    public IReadOnlyList<string> Differences(ExtractedCalculation actual)
    {
        var differences = new List<string>();
        var kind = actual.Kind?.ToString() ?? "none";
        if (kind != Kind)
            differences.Add($"kind {kind}, expected {Kind}");
        foreach (var (key, value) in Expected)
        {
            var got = key == "Missing" ? string.Join('|', actual.Missing.Order(StringComparer.Ordinal)) : Format(Property(key).GetValue(actual.Inputs));
            var want = key == "Missing" ? string.Join('|', value.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)) : value;
            if (got != want)
                differences.Add($"{key}={got}, expected {want}");
        }
        return differences;
    }

    private static PropertyInfo Property(string name) =>
        typeof(ExtractedInputs).GetProperty(name) ?? throw new InvalidDataException($"{FileName}: no input named {name}");

    private static string Format(object? value) => value switch
    {
        null => "",
        decimal d => Math.Round(d, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

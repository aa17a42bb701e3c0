using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources;

/// <summary>
/// A root's <c>MANIFEST.tsv</c>: per-path facts that override what the texts alone suggest. Columns, by header name,
/// each optional but <c>path</c>: <c>status</c> (current, superseded, repealed), <c>kind</c> (as the <c>kind:</c>
/// property), <c>version_date</c> and <c>effective</c> (yyyy-MM-dd), <c>version</c> (<c>2012年修正</c>,
/// <c>2010年修订</c>) and <c>english_title</c>. Many statute headers print only the first promulgation; the manifest
/// says which version the text is and when it took effect.
/// </summary>
internal static partial class ManifestSidecar
{
    internal const string FileName = "MANIFEST.tsv";

    [GeneratedRegex(@"^(?<year>[0-9]{4})\s*年\s*(?<kind>修正|修订)$")]
    private static partial Regex VersionCell();

    /// <summary>Entries by root-relative path (<c>/</c>-separated); empty when the root has no usable manifest.</summary>
    internal static Dictionary<string, ManifestEntry> Read(string root)
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
            return entries;
        string[]? header = null;
        foreach (var line in SourceEncoding.ReadLines(path))
        {
            if (line.Length == 0)
                continue;
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToArray();
                if (Array.IndexOf(header, "path") < 0)
                    return entries;
                continue;
            }
            string? Cell(string name)
            {
                var column = Array.IndexOf(header, name);
                return column >= 0 && column < cells.Length && cells[column].Trim() is { Length: > 0 } value ? value : null;
            }
            if (Cell("path") is not { } relative)
                continue;
            entries[relative.Replace('\\', '/')] = new ManifestEntry(
                Status(Cell("status")),
                KindInference.FromProperty(Cell("kind")),
                Date(Cell("version_date")),
                Date(Cell("effective")),
                Version(Cell("version")),
                Cell("english_title"));
        }
        return entries;
    }

    private static DocumentStatus? Status(string? cell) => cell?.ToLowerInvariant() switch
    {
        "current" => DocumentStatus.Current,
        "superseded" or "amended" => DocumentStatus.Amended,
        "repealed" => DocumentStatus.Repealed,
        _ => null,
    };

    private static DateOnly? Date(string? cell) =>
        DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static DocumentVersion? Version(string? cell) =>
        cell is not null && VersionCell().Match(cell) is { Success: true } match
            ? new DocumentVersion(
                int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture),
                match.Groups["kind"].Value == "修订" ? AmendmentKind.Revised : AmendmentKind.Amended)
            : null;
}

/// <summary>What a <c>MANIFEST.tsv</c> row says of one file; null cells leave the document as read.</summary>
internal sealed record ManifestEntry(
    DocumentStatus? Status, DocumentKind? Kind, DateOnly? VersionDate, DateOnly? EffectiveDate, DocumentVersion? Version, string? EnglishTitle)
{
    public LegalDocument ApplyTo(LegalDocument document) => document with
    {
        Status = Status ?? document.Status,
        Kind = Kind ?? document.Kind,
        VersionDate = VersionDate ?? document.VersionDate,
        EffectiveDate = EffectiveDate ?? document.EffectiveDate,
        Version = Version ?? document.Version,
        EnglishTitle = EnglishTitle ?? document.EnglishTitle,
    };
}

using System.Text.RegularExpressions;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Parsing;

/// <summary>Turns a <see cref="SourceText"/> into a <see cref="LegalDocument"/>: metadata, then articles.</summary>
public sealed partial class DocumentBuilder
{
    private readonly StatuteSplitter splitter = new();

    [GeneratedRegex(@"[(（][0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[)）]$")]
    private static partial Regex DateSuffix();

    // Rules reach a union as the notice that issues them: 某公司工会关于印发《职工困难帮扶办法》的通知.
    [GeneratedRegex(@"关于(?:印发|发布|颁布|修订)《(?<name>[^《》]+)》的?(?:通知|决定)$")]
    private static partial Regex IssuingNotice();

    /// <summary>Builds the document. Its status is the document's own; versions across documents are resolved by the loader.</summary>
    /// <param name="source">The source read.</param>
    /// <param name="id">The stable document id.</param>
    /// <param name="rootName">The name of the source root, consulted for the kind when no folder names one.</param>
    /// <returns>The document.</returns>
    public LegalDocument Build(SourceText source, string id, string? rootName = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var heading = string.IsNullOrWhiteSpace(source.Title) ? FallbackTitle(source.RelativePath) : source.Title.Trim();
        // The articles are the issued rule's, so they are cited by its name; the notice's title still says who issued it.
        var title = IssuingNotice().Match(heading) is { Success: true } notice ? notice.Groups["name"].Value : heading;
        var shortTitle = ShortTitles.From(title);
        var properties = source.Properties;
        var history = source.HeaderLines;

        var issuedBy = ShortTitles.From(heading);
        var titleKind = KindInference.FromTitle(issuedBy);
        var kind = KindInference.FromProperty(Get(properties, "kind"))
            ?? KindInference.FromFolders(source.RelativePath, rootName)
            ?? (KindInference.IsLegalSource(titleKind) ? titleKind : KindInference.FromOwnFolders(source.RelativePath, rootName) ?? titleKind);
        var language = MetadataInference.Language(Get(properties, "language"), title, source.Blocks.Select(b => b.Text));
        var versionDate = DeclaredVersionDate(source) ?? DateInference.LatestDate(history);
        var effectiveDate = DateInference.Parse(Get(properties, "effective")) ?? DateInference.Effective(history);

        return new LegalDocument(
            id,
            title,
            shortTitle,
            kind,
            MetadataInference.Issuer(Get(properties, "issuer"), kind, heading),
            MetadataInference.Jurisdiction(Get(properties, "jurisdiction"), kind, issuedBy),
            effectiveDate,
            versionDate,
            MetadataInference.Status(Get(properties, "status"), title, history),
            language,
            source.SourcePath,
            history,
            splitter.Split(source, shortTitle, language))
        {
            Version = MetadataInference.Version(history),
        };
    }

    /// <summary>
    /// The version date the source states outright (file name, then <c>version</c> property). Versions are compared on
    /// this alone: history dates differ between books of one code and between copies of one text.
    /// </summary>
    internal static DateOnly? DeclaredVersionDate(SourceText source) =>
        DateInference.FromFileName(source.RelativePath) ?? DateInference.Parse(Get(source.Properties, "version"));

    private static string? Get(IReadOnlyDictionary<string, string> properties, string key) =>
        properties.TryGetValue(key, out var value) ? value : null;

    private static string FallbackTitle(string relativePath)
    {
        var parts = relativePath.Split('#');
        var stem = Path.GetFileNameWithoutExtension(parts[0].Split('/')[^1]);
        stem = DateSuffix().Replace(stem, "");
        return parts.Length > 1 ? $"{stem} {parts[1]}" : stem;
    }
}

namespace Assistant.Knowledge.Documents;

/// <summary>One law, regulation, interpretation, rule or guide, cut into citable articles.</summary>
/// <param name="Id">Stable id: the source-relative path (plus <c>#id</c> for a JSON Lines record).</param>
/// <param name="Title">Full title as written (<c>中华人民共和国劳动合同法</c>).</param>
/// <param name="ShortTitle">Title without whitespace and the leading <c>中华人民共和国</c>; the first half of every article key.</param>
/// <param name="Kind">What kind of text this is.</param>
/// <param name="Issuer">Who issued it, when known.</param>
/// <param name="Jurisdiction">Where it applies.</param>
/// <param name="EffectiveDate">When this version took effect, when known.</param>
/// <param name="VersionDate">The publication date of this version (from the file name or the history lines).</param>
/// <param name="Status">Whether this version is in force.</param>
/// <param name="Language">The document's language.</param>
/// <param name="SourcePath">Where it was read from.</param>
/// <param name="History">The history lines (adoption, amendments, entry into force) as written.</param>
/// <param name="Articles">The citable units, in document order.</param>
public sealed record LegalDocument(
    string Id,
    string Title,
    string ShortTitle,
    DocumentKind Kind,
    string? Issuer,
    Jurisdiction Jurisdiction,
    DateOnly? EffectiveDate,
    DateOnly? VersionDate,
    DocumentStatus Status,
    DocumentLanguage Language,
    string SourcePath,
    IReadOnlyList<string> History,
    IReadOnlyList<Article> Articles)
{
    /// <summary>The amendment this version carries (<c>2012年修正</c>), when it is one: from the manifest, else the
    /// latest history line that amends or revises.</summary>
    public DocumentVersion? Version { get; init; }

    /// <summary>The name English answers give the document (<c>Labor Contract Law</c>), when known.</summary>
    public string? EnglishTitle { get; init; }
}

using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Search;

/// <summary>One retrieved article.</summary>
/// <param name="ArticleKey">Citation key, e.g. <c>劳动合同法#第四十七条</c>.</param>
/// <param name="DocumentId">The document's id (source-relative path).</param>
/// <param name="DocumentTitle">The document's full title.</param>
/// <param name="ShortTitle">The document's short title.</param>
/// <param name="Label">The article's label as written (<c>第四十七条</c>).</param>
/// <param name="ArticleNumber">The article number, null for heading sections.</param>
/// <param name="Chapter">The chapter path joined with " / ".</param>
/// <param name="Text">The article's text with its paragraphs.</param>
/// <param name="Score">Ranking score (comparable within one result only).</param>
/// <param name="HighlightedTerms">Words of the question (or their statute terms) found in the text.</param>
/// <param name="Kind">The document's kind.</param>
/// <param name="Status">Whether this version is in force.</param>
/// <param name="Language">The document's language.</param>
/// <param name="VersionDate">The version's publication date, when known.</param>
/// <param name="IsExactReference">True when the question cited this article by number.</param>
public sealed record SearchHit(
    string ArticleKey,
    string DocumentId,
    string DocumentTitle,
    string ShortTitle,
    string Label,
    int? ArticleNumber,
    string Chapter,
    string Text,
    float Score,
    IReadOnlyList<string> HighlightedTerms,
    DocumentKind Kind,
    DocumentStatus Status,
    DocumentLanguage Language,
    DateOnly? VersionDate,
    bool IsExactReference)
{
    /// <summary>When this version took effect, when known.</summary>
    public DateOnly? EffectiveDate { get; init; }

    /// <summary>The amendment this version carries (<c>2012年修正</c>), when it is one.</summary>
    public DocumentVersion? Version { get; init; }

    /// <summary>The document's English name (<c>Labor Contract Law</c>), when known.</summary>
    public string? EnglishTitle { get; init; }

    /// <summary>The articles a guide section rests on, as keys, most decisive first: they follow it in the hits.</summary>
    public IReadOnlyList<string> Cites { get; init; } = [];

    /// <summary>The key of the guide section that brought this article into the hits by citing it; null when the
    /// question's own words found it first.</summary>
    public string? CitedBy { get; init; }
}

using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Search;

/// <summary>Restricts a search. Null members do not restrict.</summary>
/// <param name="Kinds">Only these document kinds.</param>
/// <param name="Jurisdiction">Only this jurisdiction.</param>
/// <param name="Language">Only documents in this language.</param>
/// <param name="ShortTitle">Only this document (by short title, e.g. <c>劳动合同法</c>).</param>
/// <param name="CurrentOnly">Leave out amended and repealed versions.</param>
public sealed record SearchFilters(
    IReadOnlyCollection<DocumentKind>? Kinds = null,
    Jurisdiction? Jurisdiction = null,
    DocumentLanguage? Language = null,
    string? ShortTitle = null,
    bool CurrentOnly = false)
{
    /// <summary>No restriction.</summary>
    public static SearchFilters None { get; } = new();

    /// <summary>True when nothing is restricted.</summary>
    public bool IsEmpty => (Kinds is null || Kinds.Count == 0) && Jurisdiction is null && Language is null &&
                           ShortTitle is null && !CurrentOnly;
}

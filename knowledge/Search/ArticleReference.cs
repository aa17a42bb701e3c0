namespace Assistant.Knowledge.Search;

/// <summary>An article cited by number in a question (<c>劳动合同法第47条</c>).</summary>
/// <param name="ShortTitle">The law's short title as indexed.</param>
/// <param name="Number">The article number.</param>
/// <param name="SubNumber">The 之X suffix, 0 when none.</param>
public sealed record ArticleReference(string ShortTitle, int Number, int SubNumber);
